package dev.securemcp.cli.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

/** Keeps the status and headers of the last answer, which a stream return type does not carry. */
final class ResponseCapture implements ClientResponseFilter {
    private int status;
    private MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        status = response.getStatus();
        headers = new MultivaluedHashMap<>(response.getHeaders());
    }

    int status() {
        return status;
    }

    MultivaluedMap<String, String> headers() {
        return headers;
    }

    String header(String name) {
        for (var entry : headers.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
                return entry.getValue().get(0);
            }
        }
        return null;
    }

    void reset() {
        status = 0;
        headers = new MultivaluedHashMap<>();
    }
}
