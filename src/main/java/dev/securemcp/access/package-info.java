/**
 * What a caller may do: the caller record, the one scope/role predicate ({@link
 * dev.securemcp.access.AccessRequirement#permits}) that both filters lists and gates calls, and the
 * refusal it raises. Knows nothing of HTTP, tokens or JSON-RPC.
 */
package dev.securemcp.access;
