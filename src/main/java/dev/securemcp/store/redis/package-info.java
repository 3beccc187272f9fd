/** The Redis implementations of the shared stores, their readiness and the gate that answers 503 while they are stale. */
package dev.securemcp.store.redis;
