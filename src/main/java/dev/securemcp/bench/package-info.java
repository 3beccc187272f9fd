/** The benchmark floor (/bench/floor): the least an authenticated request can cost, on only with {@code mcp.bench.enabled=true}. */
package dev.securemcp.bench;
