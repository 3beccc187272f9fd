package dev.securemcp.tools;

/** A tool as the registry holds it: with its input schema compiled once, at registration. */
public record RegisteredTool(Tool tool, ArgumentSchema arguments) {
}
