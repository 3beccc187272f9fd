package dev.securemcp.protocol;

/** A question to the client got no usable answer; the message is safe to show to the client. */
public class ClientRequestException extends Exception {
    public ClientRequestException(String message) {
        super(message, null, false, false);
    }
}
