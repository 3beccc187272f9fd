/**
 * The entry point: {@link dev.securemcp.Main} runs the server ({@code serve}, the default) or any
 * other command of the command-line client. Everything else lives in the packages below, one
 * responsibility each.
 */
package dev.securemcp;
