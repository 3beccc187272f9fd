/**
 * The audit log: one {@link dev.securemcp.audit.AuditEvent} a decision, made by name
 * ({@code AuditEvent.toolCall(...)}, {@code rateLimited(...)}, ...), written in order to a rotated
 * file before the answer leaves. Which decisions are audited is decided by the layer that makes
 * them; this package only writes. Knows nothing of the rest of the server.
 */
package dev.securemcp.audit;
