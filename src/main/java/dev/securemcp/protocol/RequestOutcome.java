package dev.securemcp.protocol;

import com.fasterxml.jackson.databind.JsonNode;

import dev.securemcp.access.AccessRequirement;

/**
 * What became of one JSON-RPC request, as the protocol and feature layers decide it; the transport
 * logs, audits and writes it without looking at exceptions. {@link #tool()} names the tool a
 * tools/call reached (null otherwise), for the access log and the audit.
 */
public sealed interface RequestOutcome {

    String tool();

    /** How the request ended, in the access log and the audit: ok, isError, error:CODE, http:403, input_required. */
    String label();

    /** Whether access was refused (the audit's "denied"). */
    default boolean denied() {
        return false;
    }

    <R> R match(Cases<R> cases);

    /** One method a kind of outcome: whoever writes an outcome handles every kind. */
    interface Cases<R> {
        /** A result, a tool's own failure ({@code isError: true}) included. */
        R answered(JsonNode result);

        R protocolError(McpException error);

        /** A stateless (2026-07-28) request's handler needs the client's answers first. */
        R inputRequired(InputRequiredException needed);

        /** The caller lacks what {@code requirement} names; {@code what} is the refused thing ("tool greet"). */
        R denied(String what, AccessRequirement requirement);

        /** Anything unexpected: its detail goes to the log only. */
        R internalFailure(Throwable cause);
    }

    record Answered(JsonNode result, String tool) implements RequestOutcome {
        @Override
        public String label() {
            return "ok";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.answered(result);
        }
    }

    /** A tool's own failure: a normal result with {@code isError: true}. */
    record ToolFailed(JsonNode result, String tool) implements RequestOutcome {
        @Override
        public String label() {
            return "isError";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.answered(result);
        }
    }

    record ProtocolError(McpException error, String tool) implements RequestOutcome {
        @Override
        public String label() {
            return "error:" + error.code();
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.protocolError(error);
        }
    }

    record InputRequired(InputRequiredException needed, String tool) implements RequestOutcome {
        @Override
        public String label() {
            return "input_required";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.inputRequired(needed);
        }
    }

    record AccessDenied(String what, AccessRequirement requirement, String tool) implements RequestOutcome {
        @Override
        public boolean denied() {
            return true;
        }

        @Override
        public String label() {
            return "http:403";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.denied(what, requirement);
        }
    }

    record InternalFailure(Throwable cause, String tool) implements RequestOutcome {
        @Override
        public String label() {
            return "error:" + ErrorCode.INTERNAL_ERROR;
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.internalFailure(cause);
        }
    }
}
