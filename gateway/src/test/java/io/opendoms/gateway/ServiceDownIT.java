package io.opendoms.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
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

/** The returns service is not running; the other four are. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "opendoms.gateway.resilience.default.timeout=500ms", "opendoms.auth.demo-clients.enabled=true"})
class ServiceDownIT {

    static final StubService OTHERS = StubService.start("others");
    static final URI NOTHING_LISTENING = URI.create("http://127.0.0.1:" + closedPort());

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        for (String service : new String[] {"order", "inventory", "routing", "fulfillment"}) {
            registry.add("opendoms.services." + service, () -> OTHERS.uri().toString());
        }
        registry.add("opendoms.services.returns", NOTHING_LISTENING::toString);
    }

    @AfterAll
    static void stop() {
        OTHERS.close();
    }

    @Test
    void answersA503ProblemForAServiceThatIsDown() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(gateway("/api/v1/returns"))
                .POST(BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
                BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("about:blank");
        assertThat(problem.path("status").asInt()).isEqualTo(503);
        assertThat(problem.path("title").asString()).isEqualTo("Service Unavailable");
        assertThat(problem.path("detail").asString()).contains("returns");
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void answersA504ProblemWhenAServiceStopsAnswering() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(gateway("/api/v1/orders/hang")).build(),
                BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).path("detail").asString()).contains("order");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void stillRoutesToTheServicesThatAreUp() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(gateway("/api/v1/orders/6f1c")).build(),
                BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void isDownWhileAServiceIsUnreachable() throws Exception {
        String ops = TokenClient.accessToken(new TokenClient(gateway("/")).request("ops", "ops-secret", "ops"));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(gateway("/actuator/health"))
                .header("Authorization", "Bearer " + ops).build(), BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(503);
        JsonNode services = JSON.readTree(response.body()).path("components").path("services").path("components");
        assertThat(services.path("returns").path("status").asString()).isEqualTo("DOWN");
        assertThat(services.path("returns").path("details").path("error").asString())
                .contains("ConnectException").doesNotContain("127.0.0.1");
        assertThat(services.path("inventory").path("status").asString()).isEqualTo("UP");
    }

    private URI gateway(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
