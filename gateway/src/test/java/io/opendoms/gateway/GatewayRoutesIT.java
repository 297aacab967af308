package io.opendoms.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "opendoms.auth.demo-clients.enabled=true")
class GatewayRoutesIT {

    static final Map<String, StubService> SERVICES = Stream.of("order", "inventory", "routing", "fulfillment", "returns")
            .collect(Collectors.toMap(name -> name, StubService::start));

    /** Odd whitespace, CRLF and non-ASCII: any re-serialisation on the way would change these bytes. */
    static final byte[] BODY = "{ \"eventId\" : \"e-1\",\r\n  \"note\":\"é ü €\"  }\n".getBytes(StandardCharsets.UTF_8);

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        SERVICES.forEach((name, stub) -> registry.add("opendoms.services." + name, () -> stub.uri().toString()));
    }

    @AfterEach
    void everyServiceHealthy() {
        SERVICES.values().forEach(stub -> stub.healthy = true);
    }

    @AfterAll
    static void stopServices() {
        SERVICES.values().forEach(StubService::close);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            POST   | /api/v1/orders                                                     | order
            GET    | /api/v1/orders?status=RECEIVED&email=ann%2Bshop@example.com&page=0 | order
            GET    | /api/v1/orders?email=ann+shop%40example.com&externalId=a%2Fb%3Dc   | order
            POST   | /api/v1/orders/6f1c/cancel                                         | order
            PUT    | /api/v1/orders/hold-rules                                          | order
            POST   | /api/v1/subscriptions                                              | order
            DELETE | /api/v1/subscriptions/s-1                                          | order
            PUT    | /api/v1/locations/DC-EAST                                          | inventory
            GET    | /api/v1/locations                                                  | inventory
            PUT    | /api/v1/items/SKU-1                                                | inventory
            PUT    | /api/v1/stock/DC-EAST/SKU-1                                        | inventory
            POST   | /api/v1/stock/adjustments                                          | inventory
            GET    | /api/v1/availability?sku=A&sku=B&postalCode=10001&radiusKm=50      | inventory
            POST   | /api/v1/reservations                                               | inventory
            DELETE | /api/v1/reservations/r-1                                           | inventory
            POST   | /api/v1/routing/plans                                              | routing
            GET    | /api/v1/routing/decisions?orderId=6f1c                             | routing
            PUT    | /api/v1/routing/config                                             | routing
            GET    | /api/v1/fulfillments?orderId=6f1c                                  | fulfillment
            POST   | /api/v1/fulfillments/f-1/reject                                    | fulfillment
            POST   | /api/v1/webhooks/wms                                               | fulfillment
            POST   | /api/v1/webhooks/carriers/ups                                      | fulfillment
            GET    | /api/v1/webhooks/inbox?status=FAILED&page=0&size=20                | fulfillment
            POST   | /api/v1/webhooks/inbox/6f1c/replay                                 | fulfillment
            POST   | /api/v1/returns                                                    | returns
            GET    | /api/v1/returns?orderId=6f1c                                       | returns
            POST   | /api/v1/webhooks/wms/returns                                       | returns
            """)
    void routesEachPathToItsServiceUnchanged(String method, String pathAndQuery, String service) throws Exception {
        String testId = UUID.randomUUID().toString();
        boolean hasBody = !method.equals("GET") && !method.equals("DELETE");
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(gateway(pathAndQuery))
                .method(method, hasBody ? BodyPublishers.ofByteArray(BODY) : BodyPublishers.noBody())
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln")
                .header("OMS-Signature", "t=1763840000,v1=5d41402abc4b2a76b9719d911017c592")
                .header("X-Test-Id", testId)
                .build(), BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"service\":\"" + service + "\"}");
        SERVICES.forEach((name, stub) -> assertThat(stub.receivedWithTestId(testId))
                .as("requests at %s", name).hasSize(name.equals(service) ? 1 : 0));
        StubService.Received received = SERVICES.get(service).receivedWithTestId(testId).getFirst();
        URI sent = URI.create(pathAndQuery);
        assertThat(received.method()).isEqualTo(method);
        assertThat(received.rawPath()).isEqualTo(sent.getRawPath());
        assertThat(received.rawQuery()).isEqualTo(sent.getRawQuery());
        assertThat(received.body()).isEqualTo(hasBody ? BODY : new byte[0]);
        assertThat(received.headers().get("Authorization")).containsExactly("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln");
        assertThat(received.headers().get("OMS-Signature"))
                .containsExactly("t=1763840000,v1=5d41402abc4b2a76b9719d911017c592");
        assertThat(received.headers()).as("plain HTTP/1.1 to the services").doesNotContainKey("Upgrade");
    }

    @Test
    void givesTheServiceAndTheClientTheSameNewCorrelationId() throws Exception {
        String testId = UUID.randomUUID().toString();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(gateway("/api/v1/orders/6f1c"))
                .header("X-Test-Id", testId).build(), BodyHandlers.ofString());

        List<String> atService = SERVICES.get("order").receivedWithTestId(testId).getFirst()
                .headers().get("X-Correlation-Id");
        assertThat(atService).singleElement().satisfies(id -> assertThat(UUID.fromString(id)).isNotNull());
        assertThat(response.headers().allValues("X-Correlation-Id")).isEqualTo(atService);
    }

    @Test
    void passesTheClientsCorrelationIdOn() throws Exception {
        String testId = UUID.randomUUID().toString();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(gateway("/api/v1/items/SKU-1"))
                .header("X-Test-Id", testId).header("X-Correlation-Id", "checkout-42").build(), BodyHandlers.ofString());

        assertThat(SERVICES.get("inventory").receivedWithTestId(testId).getFirst().headers().get("X-Correlation-Id"))
                .containsExactly("checkout-42");
        assertThat(response.headers().allValues("X-Correlation-Id")).containsExactly("checkout-42");
    }

    @Test
    void tellsTheServiceThePublicHostInsteadOfWhatTheClientClaims() throws Exception {
        String testId = UUID.randomUUID().toString();
        HTTP.send(HttpRequest.newBuilder(gateway("/api/v1/returns/r-1"))
                .header("X-Test-Id", testId)
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-For", "10.9.9.9")
                .build(), BodyHandlers.ofString());

        var headers = SERVICES.get("returns").receivedWithTestId(testId).getFirst().headers();
        assertThat(headers.get("X-Forwarded-Host")).containsExactly("localhost:" + port);
        assertThat(headers.get("X-Forwarded-Proto")).containsExactly("http");
        assertThat(headers.get("X-Forwarded-Port")).containsExactly(String.valueOf(port));
        assertThat(headers.get("X-Forwarded-For")).singleElement().asString().doesNotContain("10.9.9.9");
    }

    @Test
    void answersAnUnroutedPathWithA404Problem() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(gateway("/api/v1/ops/kpis")).build(),
                BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(404);
        assertThat(problem.path("type").asString()).isNotBlank();
    }

    @Test
    void servesEachServicesOpenApiDocument() throws Exception {
        for (String service : SERVICES.keySet()) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(gateway("/v3/api-docs/" + service)).build(),
                    BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).path("info").path("title").asString()).isEqualTo(service);
        }
    }

    @Test
    void servesOneSwaggerUiListingTheFiveServices() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(gateway("/swagger-ui.html")).build(),
                BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        HttpResponse<String> index = HTTP.send(HttpRequest.newBuilder(
                gateway("/").resolve(page.headers().firstValue("Location").orElseThrow())).build(), BodyHandlers.ofString());
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("swagger-ui");

        HttpResponse<String> config = HTTP.send(HttpRequest.newBuilder(gateway("/v3/api-docs/swagger-config")).build(),
                BodyHandlers.ofString());
        JsonNode json = JSON.readTree(config.body());
        assertThat(json.path("urls").valueStream().map(url -> url.path("name").asString() + " " + url.path("url").asString()))
                .containsExactlyInAnyOrder("order /v3/api-docs/order", "inventory /v3/api-docs/inventory",
                        "routing /v3/api-docs/routing", "fulfillment /v3/api-docs/fulfillment",
                        "returns /v3/api-docs/returns");
        assertThat(json.path("urls.primaryName").asString()).isEqualTo("order");
        assertThat(json.path("persistAuthorization").asBoolean()).isTrue();
    }

    @Test
    void letsSwaggerUiAuthorizeWithClientCredentials() throws Exception {
        JsonNode config = JSON.readTree(HTTP.send(HttpRequest.newBuilder(gateway("/v3/api-docs/swagger-config")).build(),
                BodyHandlers.ofString()).body());
        HttpResponse<String> initializer = HTTP.send(HttpRequest.newBuilder(
                gateway("/swagger-ui/swagger-initializer.js")).build(), BodyHandlers.ofString());

        assertThat(config.path("oauth2RedirectUrl").asString()).endsWith("/swagger-ui/oauth2-redirect.html");
        assertThat(initializer.statusCode()).isEqualTo(200);
        assertThat(initializer.body()).contains("initOAuth", "OpenDOMS").doesNotContain("secret");
    }

    @Test
    void isUpWhenEveryServiceIsUp() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(gateway("/actuator/health"))
                .header("Authorization", "Bearer " + opsToken()).build(), BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = JSON.readTree(response.body());
        assertThat(health.path("status").asString()).isEqualTo("UP");
        SERVICES.keySet().forEach(service -> assertThat(
                health.path("components").path("services").path("components").path(service).path("status").asString())
                .as(service).isEqualTo("UP"));
    }

    @Test
    void isDownAndNotReadyWhenOneServiceIsDown() throws Exception {
        SERVICES.get("routing").healthy = false;

        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(gateway("/actuator/health"))
                .header("Authorization", "Bearer " + opsToken()).build(), BodyHandlers.ofString());
        HttpResponse<String> readiness = HTTP.send(HttpRequest.newBuilder(gateway("/actuator/health/readiness")).build(),
                BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(503);
        JsonNode services = JSON.readTree(health.body()).path("components").path("services").path("components");
        assertThat(services.path("routing").path("status").asString()).isEqualTo("DOWN");
        assertThat(services.path("routing").path("details").path("httpStatus").asInt()).isEqualTo(503);
        assertThat(services.path("order").path("status").asString()).isEqualTo("UP");
        assertThat(readiness.statusCode()).isEqualTo(503);
    }

    private String opsToken() throws Exception {
        return TokenClient.accessToken(new TokenClient(gateway("/")).request("ops", "ops-secret", "ops"));
    }

    private URI gateway(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }
}
