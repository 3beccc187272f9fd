package dev.securemcp.store;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/** This process's name among the replicas, new every start: its channel, its request ids, the test header. */
@ApplicationScoped
public class ReplicaTag {
    private final String tag = UUID.randomUUID().toString();

    public String value() {
        return tag;
    }
}
