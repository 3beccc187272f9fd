package dev.securemcp.cli;

import java.io.PrintWriter;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import dev.securemcp.cli.client.CliJson;

/** Human output of tool results and tool lists. */
final class ResultPrinter {

    private ResultPrinter() {
    }

    /** The text of every content item; other content as a one-line summary. */
    static String text(JsonNode result) {
        StringBuilder text = new StringBuilder();
        for (JsonNode item : result.path("content")) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            switch (item.path("type").asText()) {
                case "text" -> text.append(item.path("text").asText());
                case "resource" -> text.append(item.path("resource").path("text").asText(item.path("resource").path("uri").asText()));
                case "resource_link" -> text.append(item.path("uri").asText());
                default -> text.append('[').append(item.path("type").asText("content")).append(' ')
                        .append(item.path("mimeType").asText("")).append(']');
            }
        }
        return text.toString();
    }

    static void result(JsonNode result, PrintWriter out) {
        String text = text(result);
        if (!text.isEmpty()) {
            out.println(text);
        }
        if (result.hasNonNull("structuredContent")) {
            out.println(pretty(result.get("structuredContent")));
        }
    }

    /** A table: name, needed scopes, description. */
    static void tools(List<JsonNode> tools, PrintWriter out) {
        int nameWidth = "NAME".length();
        int scopeWidth = "SCOPES".length();
        for (JsonNode tool : tools) {
            nameWidth = Math.max(nameWidth, tool.path("name").asText().length());
            scopeWidth = Math.max(scopeWidth, scopes(tool).length());
        }
        String row = "%-" + nameWidth + "s  %-" + scopeWidth + "s  %s%n";
        out.printf(row, "NAME", "SCOPES", "DESCRIPTION");
        for (JsonNode tool : tools) {
            out.printf(row, tool.path("name").asText(), scopes(tool),
                    tool.path("description").asText().lines().findFirst().orElse(""));
        }
    }

    /** The scopes a tool needs, from the server's {@code _meta} (see ToolsFeature); "-" for none. */
    static String scopes(JsonNode tool) {
        JsonNode scopes = tool.path("_meta").path("dev.securemcp/scopes");
        if (!scopes.isArray() || scopes.isEmpty()) {
            return "-";
        }
        StringBuilder joined = new StringBuilder();
        scopes.forEach(scope -> joined.append(joined.isEmpty() ? "" : " ").append(scope.asText()));
        return joined.toString();
    }

    static String pretty(JsonNode node) {
        try {
            return CliJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException impossible) {
            return node.toString();
        }
    }
}
