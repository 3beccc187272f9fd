/**
 * The choice of store ({@code mcp.store}: memory or Redis) for what replicas share: revocations,
 * rate-limit windows, failed-authentication tallies, sessions, their standalone streams and
 * resource subscriptions; and this process's name among the replicas.
 */
package dev.securemcp.store;
