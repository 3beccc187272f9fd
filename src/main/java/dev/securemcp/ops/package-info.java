/**
 * Operations: request ids, metrics, start-up warm-up, log redaction, native-image hints, and the
 * one rule for printing client-chosen text. Used by every layer; depends on none of them.
 */
package dev.securemcp.ops;
