/** The typed {@code mcp.*} configuration; every default also stands in application.properties. */
package dev.securemcp.config;
