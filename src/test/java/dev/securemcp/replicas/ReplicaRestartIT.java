package dev.securemcp.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.securemcp.testing.ServerProcess;

/** The test support for a replica that dies: killed with SIGKILL, it stops listening; restarted, it listens on its port again. */
class ReplicaRestartIT {
    private final Replica replica = new Replica();

    @AfterEach
    void stop() {
        replica.stop();
    }

    @Test
    void aKilledReplicaStartsAgainOnTheSamePort() throws Exception {
        replica.start(ServerProcess.workDirWithTestKeys());
        int port = replica.port();

        replica.kill();
        assertThrows(IOException.class, () -> new Socket(InetAddress.getLoopbackAddress(), port).close());

        replica.restart();
        assertEquals(port, replica.port());
        new Socket(InetAddress.getLoopbackAddress(), port).close();
    }
}
