/**
 * The choice of store ({@code mcp.store}: memory or Redis) for what replicas share: revocations,
 * rate-limit windows, failed-authentication tallies.
 */
package dev.securemcp.store;
