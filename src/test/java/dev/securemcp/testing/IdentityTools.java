package dev.securemcp.testing;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.securemcp.access.Access;
import dev.securemcp.access.Caller;
import dev.securemcp.tools.McpArg;
import dev.securemcp.tools.McpTool;
import dev.securemcp.tools.ToolException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Annotated test tools that read the caller from the injected, request-scoped JsonWebToken and
 * SecurityIdentity, and wait at a gate until a whole round of calls is in flight.
 */
@ApplicationScoped
public class IdentityTools {

    /** A structured result with an output schema. */
    public record Nick(@McpArg("the nickname, as given") String nick, @McpArg("who asked") String subject) {
    }

    @Inject
    JsonWebToken token;

    @Inject
    SecurityIdentity identity;

    private final Map<String, Gate> gates = new ConcurrentHashMap<>();

    @McpTool(name = "test_nick", description = "Echoes a short nickname and the token's subject.", nonBlocking = true)
    @Access(scopes = "write")
    public Nick nick(@McpArg("at most five characters") @Size(max = 5) String nick) {
        return new Nick(nick, token.getSubject());
    }

    @McpTool(name = "test_whose_token_loop", nonBlocking = true,
            description = "On the event loop: the subject of the injected token, once the round is all in flight.")
    public CompletionStage<String> onTheLoop(String round, int expected, Caller caller) {
        String seen = seen(caller);
        return gate(round, expected).arrive().thenApply(ignored -> seen);
    }

    @McpTool(name = "test_whose_token_pool",
            description = "On the tool pool: the subject of the injected token before and after the round is all in flight.")
    public String onThePool(String round, int expected, Caller caller) throws Exception {
        String before = seen(caller);
        gate(round, expected).arrive().get(60, TimeUnit.SECONDS);
        String after = seen(caller);
        if (!before.equals(after)) {
            throw new ToolException("The token changed while the tool waited: " + before + " then " + after);
        }
        return after;
    }

    /** What the injected beans say, checked against the caller the server passed in. */
    private String seen(Caller caller) {
        String fromToken = token.getSubject();
        String fromIdentity = identity.getPrincipal().getName();
        if (!fromToken.equals(caller.subject()) || !fromIdentity.equals(caller.subject())) {
            return "mismatch: token " + fromToken + ", identity " + fromIdentity + ", caller " + caller.subject();
        }
        return fromToken;
    }

    private Gate gate(String round, int expected) {
        return gates.computeIfAbsent(round, key -> new Gate(expected));
    }

    /** Opens once {@code expected} calls have arrived: until then every arrived call is in flight. */
    private static final class Gate {
        private final int expected;
        private final AtomicInteger arrived = new AtomicInteger();
        private final CompletableFuture<Void> open = new CompletableFuture<>();

        Gate(int expected) {
            this.expected = expected;
        }

        CompletableFuture<Void> arrive() {
            if (arrived.incrementAndGet() >= expected) {
                open.complete(null);
            }
            return open;
        }
    }
}
