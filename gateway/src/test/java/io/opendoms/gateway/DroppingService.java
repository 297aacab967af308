package io.opendoms.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A service that reads each request's head and closes the connection without answering: it counts the attempts to
 * reach it. (Reading first keeps the client's side deterministic: a reset during the request's write would be a
 * connect failure, which the JDK client tries again by itself even for a POST.)
 */
final class DroppingService implements AutoCloseable {

    final AtomicInteger connections = new AtomicInteger();
    private final ServerSocket server;

    DroppingService() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().start(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    connections.incrementAndGet();
                    readHead(socket);
                } catch (IOException e) {
                    // closed
                }
            }
        });
    }

    private static void readHead(Socket socket) throws IOException {
        var in = socket.getInputStream();
        int matched = 0;  // of "\r\n\r\n"
        for (int b; matched < 4 && (b = in.read()) >= 0; ) {
            matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
