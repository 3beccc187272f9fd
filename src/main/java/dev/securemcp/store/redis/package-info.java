/**
 * The Redis implementations of the shared stores (revocations, rate-limit windows, sessions, their
 * standalone streams and resource subscriptions), the replica's one subscription, their readiness and
 * the gate that answers 503 while they are stale.
 */
package dev.securemcp.store.redis;
