package dev.securemcp.protocol;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.ops.Printable;

/**
 * Asks the client within a session: the server-to-client request goes out on the request's own
 * stream, and the client's POSTed answer completes it. A client that does not answer in time gets
 * {@code notifications/cancelled} for it, and the asking code a {@link ClientRequestException}.
 */
public final class SessionClientAsker implements ClientAsker {
    private final SessionState session;
    private final MessageSink sink;
    private final Duration timeout;

    public SessionClientAsker(SessionState session, MessageSink sink, Duration timeout) {
        this.session = session;
        this.sink = sink;
        this.timeout = timeout;
    }

    @Override
    public JsonNode ask(String key, String method, ObjectNode params) throws ClientRequestException {
        if (!ClientCapability.allows(session.clientCapabilities(), method)) {
            throw new ClientRequestException("The client does not support " + ClientCapability.of(method)
                    + " (it did not declare the capability in initialize).");
        }
        if (!sink.carriesRequests()) {
            throw new ClientRequestException("This request cannot ask the client anything: accept text/event-stream.");
        }
        PendingClientRequests.Pending pending = session.pending().open();
        sink.send(JsonRpc.request(pending.id(), method, params));
        try {
            JsonRpcResponse response = pending.answer().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (response.error() != null) {
                throw new ClientRequestException("The client answered " + method + " with an error: "
                        + Printable.text(response.error().path("message").asText("no message"), 200));
            }
            return response.result();
        } catch (TimeoutException late) {
            ObjectNode cancel = JsonNodeFactory.instance.objectNode();
            cancel.set("requestId", pending.id());
            cancel.put("reason", "No answer within " + timeout.toSeconds() + " seconds.");
            sink.send(JsonRpc.notification("notifications/cancelled", cancel));
            throw new ClientRequestException("The client did not answer " + method + " within "
                    + timeout.toSeconds() + " seconds.");
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new ClientRequestException("Stopped while waiting for the client's answer to " + method + ".");
        } catch (ExecutionException | CancellationException gone) {
            throw new ClientRequestException("The session ended before the client answered " + method + ".");
        } finally {
            session.pending().abandon(pending.id());
        }
    }
}
