/**
 * The MCP authorization flow as a client runs it (nimbus oauth2-oidc-sdk): protected-resource and
 * authorization-server metadata, client registration, authorization code with PKCE on a loopback
 * redirect, the device grant, client credentials (secret or private_key_jwt), refresh, revocation,
 * and the locked token store.
 */
package dev.securemcp.cli.login;
