/**
 * The command-line client in the same jar (picocli, Quarkus command mode): greet, tools, call,
 * token, keys, login, logout and serve; which credential a command uses; exit codes and the
 * one-sentence failures. Never prints or logs a token.
 */
package dev.securemcp.cli;
