/**
 * Who is calling: the bearer token checked once (syntax, header, signature with the right key,
 * claims, lifetime, revocation), the verified-token cache, the {@link dev.securemcp.access.Caller}
 * built once from it, the shape of a refusal (the 401 and its WWW-Authenticate challenge, the 403
 * insufficient_scope challenge: {@link dev.securemcp.auth.BearerRefusals}), protected-resource metadata
 * and the key sources. Knows nothing of MCP methods or tools.
 */
package dev.securemcp.auth;
