package io.opendoms.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo-data POSTs against a real HTTP server that answers as scripted. */
class GatewayClientTest {

    private final Queue<Integer> answers = new ConcurrentLinkedQueue<>();
    private final List<String> keys = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private GatewayClient client;

    @BeforeEach
    void server() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            Integer status = answers.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        server.start();
        client = new GatewayClient("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aGatewayTimeoutIsSentAgainWithTheSameKey() {
        answers.addAll(List.of(504, 503));

        client.post("/api/v1/stock/adjustments", Map.of("adjustments", List.of()), "token", "key-1");

        assertThat(keys).containsExactly("key-1", "key-1", "key-1");
    }

    @Test
    void aClientErrorIsNotSentAgain() {
        answers.add(409);

        assertThatThrownBy(() -> client.post("/api/v1/stock/adjustments", Map.of(), "token", "key-2"))
                .isInstanceOf(LocalStackException.class).hasMessageContaining("409");
        assertThat(keys).containsExactly("key-2");
    }
}
