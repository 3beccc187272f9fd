package dev.securemcp.conformance;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.access.AccessRequirement;
import dev.securemcp.access.Caller;
import dev.securemcp.content.ResourceContents;
import dev.securemcp.resources.Resource;
import dev.securemcp.resources.ResourceSpec;
import dev.securemcp.resources.ResourceTemplate;
import dev.securemcp.resources.ResourceTemplateSpec;

/** The {@code test://} resources and the resource template of the MCP conformance suite. */
final class ConformanceResources {

    private ConformanceResources() {
    }

    static List<Resource> all() {
        return List.of(
                fixed(new ResourceSpec("test://static-text", "static-text", "Static text",
                        "A static text resource for testing", "text/plain", AccessRequirement.ANY_CALLER),
                        ResourceContents.text("test://static-text", "text/plain",
                                "This is the content of the static text resource.")),
                fixed(new ResourceSpec("test://static-binary", "static-binary", "Static binary",
                        "A static binary resource (a 1x1 PNG) for testing", "image/png", AccessRequirement.ANY_CALLER),
                        ResourceContents.binary("test://static-binary", "image/png", TestMedia.RED_PIXEL_PNG)),
                fixed(new ResourceSpec("test://watched-resource", "watched-resource", "Watched resource",
                        "A resource to subscribe to for update notifications", "text/plain",
                        AccessRequirement.ANY_CALLER),
                        ResourceContents.text("test://watched-resource", "text/plain", "Watched resource content.")));
    }

    static ResourceTemplate template() {
        ResourceTemplateSpec spec = new ResourceTemplateSpec("test://template/{id}/data", "template-data",
                "Template data", "A resource template whose {id} is substituted into the data",
                "application/json", AccessRequirement.ANY_CALLER);
        return new ResourceTemplate() {
            @Override
            public ResourceTemplateSpec spec() {
                return spec;
            }

            @Override
            public List<ResourceContents> read(String uri, Map<String, String> variables, Caller caller) {
                String id = variables.get("id");
                ObjectNode data = JsonNodeFactory.instance.objectNode().put("id", id).put("templateTest", true)
                        .put("data", "Data for ID: " + id);
                return List.of(ResourceContents.text(uri, "application/json", data.toString()));
            }
        };
    }

    private static Resource fixed(ResourceSpec spec, ResourceContents contents) {
        return new Resource() {
            @Override
            public ResourceSpec spec() {
                return spec;
            }

            @Override
            public List<ResourceContents> read(Caller caller) {
                return List.of(contents);
            }
        };
    }
}
