package io.opendoms.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the gateway itself refuses or adds, before and after the services. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "opendoms.auth.demo-clients.enabled=true",
        "opendoms.gateway.rate-limits.clients.storefront.capacity=4",
        "opendoms.gateway.rate-limits.clients.storefront.refill-per-second=1",
        "opendoms.gateway.cors.allowed-origins=http://localhost:3000"})
class EdgeIT {

    static final Map<String, StubService> SERVICES = Stream.of("order", "inventory", "routing", "fulfillment", "returns")
            .collect(Collectors.toMap(name -> name, StubService::start));
    static final int MIB = 1024 * 1024;

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        SERVICES.forEach((name, stub) -> registry.add("opendoms.services." + name, () -> stub.uri().toString()));
    }

    @AfterAll
    static void stopServices() {
        SERVICES.values().forEach(StubService::close);
    }

    @Test
    void limitsOneClientAfterItsBurstWhileAnotherStillPasses() throws Exception {
        String storefront = token("storefront", "storefront-secret");
        String marketplace = token("marketplace", "marketplace-secret");

        HttpResponse<String> limited = null;
        for (int i = 0; i < 10 && limited == null; i++) {
            HttpResponse<String> response = get("/api/v1/orders/6f1c", storefront);
            if (response.statusCode() == 429) {
                limited = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
            }
        }

        assertThat(limited).as("refused within 10 requests").isNotNull();
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 2L);
        assertThat(problem(limited).path("status").asInt()).isEqualTo(429);
        assertThat(get("/api/v1/orders/6f1c", marketplace).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/orders/6f1c", forgedToken("storefront")).statusCode())
                .as("an unverifiable token counts against its address, not the client it names").isEqualTo(200);
        assertThat(get("/actuator/health", storefront).statusCode()).as("health is never limited").isEqualTo(200);
    }

    @Test
    void refusesABodyOverOneMibByItsContentLength() throws Exception {
        String testId = UUID.randomUUID().toString();
        HttpResponse<String> response = post("/api/v1/orders", testId, BodyPublishers.ofByteArray(new byte[MIB + 1]));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(problem(response).path("status").asInt()).isEqualTo(413);
        assertThat(SERVICES.get("order").receivedWithTestId(testId)).isEmpty();
    }

    @Test
    void refusesAChunkedBodyOnceItPassesOneMib() throws Exception {
        String testId = UUID.randomUUID().toString();
        HttpResponse<String> response = post("/api/v1/orders", testId, chunked(new byte[MIB + 100]));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(problem(response).path("detail").asString()).contains(String.valueOf(MIB));
        assertThat(SERVICES.get("order").receivedWithTestId(testId)).isEmpty();
    }

    @Test
    void passesAChunkedBodyUnderTheLimitUnchanged() throws Exception {
        String testId = UUID.randomUUID().toString();
        byte[] body = new byte[MIB];
        Arrays.fill(body, (byte) 'x');

        HttpResponse<String> response = post("/api/v1/orders", testId, chunked(body));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SERVICES.get("order").receivedWithTestId(testId)).singleElement()
                .satisfies(received -> assertThat(received.body()).isEqualTo(body));
    }

    @Test
    void answersThePreflightOfAConfiguredOrigin() throws Exception {
        String testId = UUID.randomUUID().toString();
        HttpResponse<String> response = preflight("http://localhost:3000", testId);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:3000");
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("POST");
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase())
                .contains("authorization", "idempotency-key");
        assertThat(SERVICES.get("order").receivedWithTestId(testId)).as("answered at the gateway").isEmpty();
    }

    @Test
    void refusesThePreflightOfAnyOtherOrigin() throws Exception {
        HttpResponse<String> response = preflight("https://evil.example", UUID.randomUUID().toString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(problem(response).path("status").asInt()).isEqualTo(403);
    }

    @Test
    void setsTheSecurityHeadersOnceOnEveryResponse() throws Exception {
        for (String path : new String[] {"/api/v1/items/SKU-1", "/api/v1/nothing-here", "/actuator/health",
                "/oauth2/jwks"}) {
            HttpResponse<String> response = get(path, null);

            var headers = response.headers();
            assertThat(headers.allValues("X-Content-Type-Options")).as(path).containsExactly("nosniff");
            assertThat(headers.allValues("X-Frame-Options")).as(path).containsExactly("DENY");
            assertThat(headers.allValues("Referrer-Policy")).as(path).containsExactly("no-referrer");
            assertThat(headers.allValues("Cache-Control")).as(path).containsExactly("no-store");
            assertThat(headers.allValues("Content-Security-Policy")).as(path).singleElement().asString()
                    .contains("default-src 'self'", "frame-ancestors 'none'");
            assertThat(headers.firstValue("Strict-Transport-Security")).as("plain HTTP: no HSTS").isEmpty();
        }
    }

    @Test
    void showsHealthWithoutDetailsToAnyone() throws Exception {
        HttpResponse<String> response = get("/actuator/health", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = JSON.readTree(response.body());
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.has("components")).isFalse();
        assertThat(health.has("details")).isFalse();
    }

    @Test
    void showsHealthDetailsToOps() throws Exception {
        HttpResponse<String> response = get("/actuator/health", token("ops", "ops-secret"));

        assertThat(JSON.readTree(response.body()).path("components").path("services").path("components")
                .path("order").path("status").asString()).isEqualTo("UP");
    }

    @Test
    void keepsEveryOtherActuatorEndpointForOps() throws Exception {
        HttpResponse<String> anonymous = get("/actuator/metrics", null);
        HttpResponse<String> forged = get("/actuator/metrics", forgedToken("ops"));
        HttpResponse<String> channel = get("/actuator/metrics", token("marketplace", "marketplace-secret"));
        HttpResponse<String> ops = get("/actuator/metrics", token("ops", "ops-secret"));

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(problem(anonymous).path("status").asInt()).isEqualTo(401);
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(channel.statusCode()).isEqualTo(403);
        assertThat(problem(channel).path("status").asInt()).isEqualTo(403);
        assertThat(ops.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ops.body()).path("names").isArray()).isTrue();
    }

    @Test
    void stillPassesAnyTokenOnToTheServices() throws Exception {
        String testId = UUID.randomUUID().toString();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(gateway("/api/v1/returns/r-1"))
                .header("Authorization", "Bearer " + forgedToken("ops")).header("X-Test-Id", testId).build(),
                BodyHandlers.ofString());

        assertThat(response.statusCode()).as("the service judges its tokens").isEqualTo(200);
        assertThat(SERVICES.get("returns").receivedWithTestId(testId)).hasSize(1);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway(path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String testId, BodyPublisher body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(gateway(path)).POST(body)
                .header("Content-Type", "application/json").header("X-Test-Id", testId).build(),
                BodyHandlers.ofString());
    }

    private HttpResponse<String> preflight(String origin, String testId) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(gateway("/api/v1/orders"))
                .method("OPTIONS", BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .header("X-Test-Id", testId)
                .build(), BodyHandlers.ofString());
    }

    /** No length known in advance: sent chunked. */
    private static BodyPublisher chunked(byte[] body) {
        return BodyPublishers.fromPublisher(BodyPublishers.ofByteArray(body));
    }

    private String token(String clientId, String secret) throws Exception {
        return TokenClient.accessToken(new TokenClient(gateway("/")).request(clientId, secret, null));
    }

    /** Claims of a real token, but a signature of nobody's. */
    private static String forgedToken(String clientId) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String claims = "{\"client_id\":\"" + clientId + "\",\"scope\":[\"ops\"],\"exp\":4102444800}";
        return base64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(new byte[256]);
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
