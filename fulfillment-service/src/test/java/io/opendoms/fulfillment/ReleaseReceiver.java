package io.opendoms.fulfillment;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The tests' stand-in for a WMS release endpoint: records every POST and answers 200, or what a test scripted for
 * a fulfillment order (by its id in the body). One per JVM, started with the first context.
 */
final class ReleaseReceiver {

    record Received(String signature, String body) {
    }

    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static final Map<String, Queue<Integer>> SCRIPTED = new ConcurrentHashMap<>();
    private static HttpServer server;

    static synchronized int port() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/release", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                RECEIVED.add(new Received(exchange.getRequestHeaders().getFirst("OMS-Signature"), body));
                int status = 200;
                for (Map.Entry<String, Queue<Integer>> script : SCRIPTED.entrySet()) {
                    if (body.contains(script.getKey())) {
                        Integer next = script.getValue().poll();
                        status = next == null ? 200 : next;
                    }
                }
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
        }
        return server.getAddress().getPort();
    }

    /** The next answers to deliveries of the fulfillment order {@code fulfillmentId}, then 200. */
    static void answer(String fulfillmentId, Integer... statuses) {
        SCRIPTED.put(fulfillmentId, new ConcurrentLinkedQueue<>(List.of(statuses)));
    }

    static List<Received> receivedFor(String fulfillmentId) {
        return RECEIVED.stream().filter(r -> r.body().contains(fulfillmentId)).toList();
    }

    private ReleaseReceiver() {
    }
}
