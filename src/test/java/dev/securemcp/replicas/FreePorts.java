package dev.securemcp.replicas;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** A loopback port free right now; whoever binds it retries with another one when it lost the race. */
final class FreePorts {
    private FreePorts() {
    }

    static int next() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
