package io.opendoms.platform.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.opendoms.platform.webhook.WebhookSignatures;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real HTTP receiver on loopback: what it gets, and what the poster makes of its answers. */
class SignedPosterTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    private static final String SECRET = "receiver-secret";

    private record Received(String path, String signature, String contentType, String userAgent, String body) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private SignedPoster poster;

    @BeforeEach
    void receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(path, exchange.getRequestHeaders().getFirst("OMS-Signature"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("User-Agent"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            if (path.equals("/redirect")) {
                exchange.getResponseHeaders().add("Location", url("/ok"));
                exchange.sendResponseHeaders(302, -1);
            } else if (path.equals("/fail")) {
                exchange.sendResponseHeaders(503, -1);
            } else {
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        server.start();
        poster = new SignedPoster("OpenDOMS-Test/1", Duration.ofSeconds(2), Duration.ofSeconds(5),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void postsTheBodySignedAsInboundWebhooksAreVerified() {
        String body = "{\"eventId\":\"e-1\",\"type\":\"RELEASED\",\"name\":\"café\"}";

        SignedPoster.Outcome outcome = poster.post(url("/ok"), SECRET, body);

        assertThat(outcome.delivered()).isTrue();
        assertThat(outcome.statusCode()).isEqualTo(204);
        assertThat(outcome.error()).isNull();
        Received got = received.getFirst();
        assertThat(got.body()).isEqualTo(body);
        assertThat(got.contentType()).isEqualTo("application/json");
        assertThat(got.userAgent()).isEqualTo("OpenDOMS-Test/1");
        assertThat(WebhookSignatures.verify(SECRET, got.signature(), body.getBytes(StandardCharsets.UTF_8),
                Duration.ofMinutes(5), NOW)).isTrue();
        assertThat(WebhookSignatures.verify("another-secret", got.signature(), body.getBytes(StandardCharsets.UTF_8),
                Duration.ofMinutes(5), NOW)).isFalse();
    }

    @Test
    void aNon2xxIsNotDeliveredAndARedirectIsNeverFollowed() {
        assertThat(poster.post(url("/fail"), SECRET, "{}")).satisfies(o -> {
            assertThat(o.delivered()).isFalse();
            assertThat(o.statusCode()).isEqualTo(503);
        });

        SignedPoster.Outcome redirected = poster.post(url("/redirect"), SECRET, "{}");

        assertThat(redirected.delivered()).isFalse();
        assertThat(redirected.statusCode()).isEqualTo(302);
        assertThat(received).extracting(Received::path).containsExactly("/fail", "/redirect");
    }

    @Test
    void aRefusedConnectionOrABadUrlIsAnErrorNotAnException() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        SignedPoster.Outcome refused = poster.post("http://127.0.0.1:" + closedPort + "/", SECRET, "{}");
        SignedPoster.Outcome badUrl = poster.post("not a url", SECRET, "{}");

        assertThat(refused.delivered()).isFalse();
        assertThat(refused.statusCode()).isNull();
        assertThat(refused.error()).contains("ConnectException");
        assertThat(badUrl.statusCode()).isNull();
        assertThat(badUrl.error()).startsWith("IllegalArgumentException");
    }
}
