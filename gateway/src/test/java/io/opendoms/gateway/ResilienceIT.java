package io.opendoms.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Order and inventory drop every connection; routing answers, but never on a path ending in /hang. Inventory's
 * breaker opens after 4 calls, the others' effectively never here.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "opendoms.gateway.resilience.default.minimum-number-of-calls=1000",
        "opendoms.gateway.resilience.default.sliding-window-size=1000",
        "opendoms.gateway.resilience.default.retries=2",
        "opendoms.gateway.resilience.default.retry-backoff=10ms",
        "opendoms.gateway.resilience.services.routing.timeout=500ms",
        "opendoms.gateway.resilience.services.inventory.sliding-window-size=4",
        "opendoms.gateway.resilience.services.inventory.minimum-number-of-calls=4",
        "opendoms.gateway.resilience.services.inventory.open-for=60s"})
class ResilienceIT {

    static final DroppingService ORDER = new DroppingService();
    static final DroppingService INVENTORY = new DroppingService();
    static final StubService OTHERS = StubService.start("others");

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("opendoms.services.order", () -> ORDER.uri().toString());
        registry.add("opendoms.services.inventory", () -> INVENTORY.uri().toString());
        for (String service : new String[] {"routing", "fulfillment", "returns"}) {
            registry.add("opendoms.services." + service, () -> OTHERS.uri().toString());
        }
    }

    @AfterAll
    static void stop() throws Exception {
        ORDER.close();
        INVENTORY.close();
        OTHERS.close();
    }

    @Test
    void triesAGetAgainWhenTheServiceCouldNotBeReachedButNeverAPost() throws Exception {
        int before = ORDER.connections.get();
        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(gateway("/api/v1/orders/6f1c")).build(),
                BodyHandlers.ofString());
        int getAttempts = ORDER.connections.get() - before;

        assertThat(get.statusCode()).isEqualTo(503);
        // 3 attempts of the gateway's, each of which its HTTP client (the JDK's) makes twice for a GET
        assertThat(getAttempts).isEqualTo(6);

        before = ORDER.connections.get();
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(gateway("/api/v1/orders"))
                .POST(BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
                BodyHandlers.ofString());

        assertThat(post.statusCode()).isEqualTo(503);
        assertThat(ORDER.connections.get() - before).isEqualTo(1);
        assertThat(problem(post).path("detail").asString()).contains("order");
    }

    @Test
    void stopsCallingAServiceWhileItsBreakerIsOpen() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertThat(postToInventory().statusCode()).isEqualTo(503);
        }
        int reached = INVENTORY.connections.get();

        HttpResponse<String> response = postToInventory();

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("60");
        JsonNode problem = problem(response);
        assertThat(problem.path("status").asInt()).isEqualTo(503);
        assertThat(problem.path("detail").asString()).contains("inventory");
        assertThat(INVENTORY.connections.get()).as("no call reached the service").isEqualTo(reached);
    }

    @Test
    void answersA504ProblemWhenAServiceIsTooSlow() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(gateway("/api/v1/routing/decisions/hang")).build(), BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(problem(response).path("title").asString()).isEqualTo("Gateway Timeout");
        assertThat(problem(response).path("detail").asString()).contains("routing");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    private HttpResponse<String> postToInventory() throws Exception {
        return HTTP.send(HttpRequest.newBuilder(gateway("/api/v1/reservations"))
                .POST(BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
                BodyHandlers.ofString());
    }

    private static JsonNode problem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        return JSON.readTree(response.body());
    }

    private URI gateway(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
