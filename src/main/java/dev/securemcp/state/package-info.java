/**
 * The sealed request state of 2026-07-28 input-required results: sealed and opened with rotating
 * secrets so that any replica can take the next round. Knows nothing of HTTP.
 */
package dev.securemcp.state;
