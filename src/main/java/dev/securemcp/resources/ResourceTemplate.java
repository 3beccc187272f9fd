package dev.securemcp.resources;

import java.util.List;
import java.util.Map;

import dev.securemcp.access.Caller;
import dev.securemcp.content.ResourceContents;

/** A family of resources whose URIs match one template; its variables are handed to {@link #read}. */
public interface ResourceTemplate {

    ResourceTemplateSpec spec();

    /**
     * The contents of the resource at {@code uri}, whose template variables are {@code variables};
     * an empty list when there is no such resource.
     */
    List<ResourceContents> read(String uri, Map<String, String> variables, Caller caller);

    /** Suggested values for {@code variable} that start with {@code prefix} (completion/complete). */
    default List<String> complete(String variable, String prefix) {
        return List.of();
    }
}
