package dev.securemcp.conformance;

import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import dev.securemcp.content.ResourceContents;
import dev.securemcp.resources.McpResource;
import dev.securemcp.resources.McpResourceTemplate;

/** The {@code test://} resources and the resource template of the MCP conformance suite. */
class ConformanceResources {

    @McpResource(uri = "test://static-text", name = "static-text", title = "Static text",
            description = "A static text resource for testing")
    String staticText() {
        return "This is the content of the static text resource.";
    }

    @McpResource(uri = "test://static-binary", name = "static-binary", title = "Static binary",
            description = "A static binary resource (a 1x1 PNG) for testing", mimeType = "image/png")
    ResourceContents staticBinary() {
        return ResourceContents.binary("test://static-binary", "image/png", TestMedia.RED_PIXEL_PNG);
    }

    @McpResource(uri = "test://watched-resource", name = "watched-resource", title = "Watched resource",
            description = "A resource to subscribe to for update notifications")
    String watched() {
        return "Watched resource content.";
    }

    @McpResourceTemplate(uriTemplate = "test://template/{id}/data", name = "template-data", title = "Template data",
            description = "A resource template whose {id} is substituted into the data", mimeType = "application/json")
    List<ResourceContents> templateData(String id) {
        String data = JsonNodeFactory.instance.objectNode().put("id", id).put("templateTest", true)
                .put("data", "Data for ID: " + id).toString();
        return List.of(ResourceContents.text("test://template/" + id + "/data", "application/json", data));
    }
}
