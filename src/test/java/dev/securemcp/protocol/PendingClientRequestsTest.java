package dev.securemcp.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;

class PendingClientRequestsTest {
    private final PendingClientRequests pending = new PendingClientRequests("s-");

    private static JsonRpcResponse answer(com.fasterxml.jackson.databind.JsonNode id) {
        return new JsonRpcResponse(id, JsonNodeFactory.instance.objectNode(), null);
    }

    @Test
    void eachRequestGetsItsOwnId() {
        assertNotEquals(pending.open().id(), pending.open().id());
    }

    @Test
    void anAnswerCompletesTheRequestWithItsId() {
        PendingClientRequests.Pending first = pending.open();
        PendingClientRequests.Pending second = pending.open();
        assertTrue(pending.complete(answer(second.id())));
        assertTrue(second.answer().isDone());
        assertFalse(first.answer().isDone());
    }

    @Test
    void theIdsNameTheirPrefixAndOnlyThoseAreOwned() {
        PendingClientRequests onReplica = new PendingClientRequests("s-replica-a-");
        assertTrue(onReplica.open().id().textValue().startsWith("s-replica-a-"));
        assertTrue(onReplica.owns(TextNode.valueOf("s-replica-a-7")));
        assertFalse(onReplica.owns(TextNode.valueOf("s-replica-b-7")), "another replica's request");
        assertFalse(onReplica.owns(JsonNodeFactory.instance.numberNode(7)), "a number is no id of ours");
    }

    @Test
    void anAnswerToNoRequestIsRefused() {
        assertFalse(pending.complete(answer(TextNode.valueOf("s-42"))));
    }

    @Test
    void anAbandonedRequestNoLongerWaits() {
        PendingClientRequests.Pending request = pending.open();
        pending.abandon(request.id());
        assertFalse(pending.complete(answer(request.id())));
        assertEquals(0, pending.size());
    }

    @Test
    void abandoningAllCancelsEveryWaitingRequest() {
        PendingClientRequests.Pending request = pending.open();
        pending.abandonAll();
        assertTrue(request.answer().isCancelled());
    }
}
