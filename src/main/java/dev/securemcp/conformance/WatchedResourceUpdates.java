package dev.securemcp.conformance;

import dev.securemcp.resources.ResourceRegistry;
import dev.securemcp.tools.McpTool;

/**
 * A change to {@code test://watched-resource} on demand, so that its subscribers' standalone
 * streams carry a message (the replicas suite resumes such a stream on another replica).
 */
final class WatchedResourceUpdates {
    static final String URI = "test://watched-resource";

    private final ResourceRegistry resources;

    WatchedResourceUpdates(ResourceRegistry resources) {
        this.resources = resources;
    }

    @McpTool(name = "test_update_watched_resource",
            description = "Reports test://watched-resource as updated: its subscribers get notifications/resources/updated.",
            nonBlocking = true)
    String update() {
        resources.updated(URI);
        return "Updated " + URI + ".";
    }
}
