package io.opendoms.gateway;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A service behind the gateway, on a free port: records what reaches it, answers its health
 * ({@link #healthy} decides UP or DOWN) and serves a tiny OpenAPI document naming itself.
 */
final class StubService implements AutoCloseable {

    record Received(String method, String rawPath, String rawQuery, Headers headers, byte[] body) {
    }

    final String name;
    volatile boolean healthy = true;
    /** Requests to a path ending in {@code /hang} wait for this, as a service that stopped answering. */
    final CountDownLatch hung = new CountDownLatch(1);
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private StubService(String name) {
        this.name = name;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    static StubService start(String name) {
        return new StubService(name);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The requests that carried {@code X-Test-Id: testId}. */
    List<Received> receivedWithTestId(String testId) {
        return received.stream().filter(r -> testId.equals(r.headers().getFirst("X-Test-Id"))).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            URI uri = exchange.getRequestURI();
            switch (uri.getRawPath()) {
                case "/actuator/health" -> respond(exchange, healthy ? 200 : 503,
                        "{\"status\":\"" + (healthy ? "UP" : "DOWN") + "\"}");
                case "/v3/api-docs" -> respond(exchange, 200,
                        "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"" + name + "\",\"version\":\"1\"}}");
                default -> {
                    if (uri.getRawPath().endsWith("/hang")) {
                        awaitRelease();
                    }
                    received.add(new Received(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(),
                            exchange.getRequestHeaders(), body));
                    String correlationId = exchange.getRequestHeaders().getFirst("X-Correlation-Id");
                    if (correlationId != null) {
                        exchange.getResponseHeaders().set("X-Correlation-Id", correlationId);
                    }
                    respond(exchange, 200, "{\"service\":\"" + name + "\"}");
                }
            }
        }
    }

    private void awaitRelease() {
        try {
            hung.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        hung.countDown();
        server.stop(0);
    }
}
