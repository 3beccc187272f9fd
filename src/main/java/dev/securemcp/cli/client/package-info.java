/**
 * The CLI as an MCP client over Streamable HTTP: the session, SSE streams and their resumption, the
 * credentials and the step-up on a 403, answers to the server's elicitation, and the -v exchange log
 * (tokens masked).
 */
package dev.securemcp.cli.client;
