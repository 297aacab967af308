package io.opendoms.fulfillment;

import static org.awaitility.Awaitility.await;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.EventJson;
import io.opendoms.events.Topics;
import io.opendoms.events.routing.OrderAllocated;
import io.opendoms.events.routing.PlannedShipment;
import io.opendoms.fulfillment.application.ReleaseFulfillmentOrdersCommand;
import io.opendoms.fulfillment.application.ReleaseFulfillmentOrdersUseCase;
import io.opendoms.fulfillment.domain.FulfillmentLine;
import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.fulfillment.domain.FulfillmentType;
import io.opendoms.platform.webhook.WebhookSignatures;
import io.opendoms.testkit.OpenDomsIntegrationTest;
import io.opendoms.testkit.TestInfrastructure;
import io.opendoms.testkit.TestJwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * One application context for every fulfillment IT (same annotations, so Spring caches it), with helpers to feed
 * it the way its neighbours do: events on Kafka, signed webhooks and bearer-token HTTP calls.
 */
@OpenDomsIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class FulfillmentIntegrationTestSupport {

    static final String WMS_SECRET = "wms-demo-secret";
    static final String CARRIER_SECRET = "carrier-demo-secret";
    static final String TYPE_RELEASED = "fulfillment.released";
    static final String TYPE_SHIPPED = "fulfillment.shipped";
    static final String TYPE_DELIVERED = "fulfillment.delivered";
    static final String TYPE_UNFILLED = "fulfillment.unfilled";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static TopicProbe fulfillmentTopic;

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    ReleaseFulfillmentOrdersUseCase releaseUseCase;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void releaseReceiver(DynamicPropertyRegistry registry) {
        registry.add("test.release-receiver.port", ReleaseReceiver::port);
    }

    @BeforeAll
    static void openProbe() {
        fulfillmentTopic = new TopicProbe(TestInfrastructure.kafkaBootstrapServers(), Topics.FULFILLMENT);
    }

    /** The locations most tests ship from, as inventory announces them: the default WMS partner's. */
    @BeforeEach
    void defaultPartnersLocations() {
        for (String locationId : List.of("DC-NJ", "DC-PA")) {
            jdbc.update("insert into known_location (location_id, wms_partner_id, updated_at) values (?, null, now())"
                    + " on conflict do nothing", locationId);
        }
    }

    @AfterAll
    static void closeProbe() {
        fulfillmentTopic.close();
    }

    record Response(int status, String contentType, JsonNode body) {
    }

    // --- seeding -------------------------------------------------------------------------------------------

    /**
     * A released fulfillment order of a new order at DC-NJ (a location of the default WMS partner), created
     * in-process (no Kafka round trip).
     */
    FulfillmentOrder aReleasedFulfillmentOrder() {
        return aReleasedFulfillmentOrderAt("DC-NJ");
    }

    FulfillmentOrder aReleasedFulfillmentOrderAt(String locationId) {
        return aReleasedFulfillmentOrderAt(locationId, LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-25"));
    }

    /** A released fulfillment order of a new order, to ship on {@code shipDate} and arrive by {@code promised}. */
    FulfillmentOrder aReleasedFulfillmentOrderAt(String locationId, LocalDate shipDate, LocalDate promised) {
        UUID orderId = UUID.randomUUID();
        return releaseUseCase.release(new ReleaseFulfillmentOrdersCommand(orderId, UUID.randomUUID(), List.of(
                new ReleaseFulfillmentOrdersCommand.Shipment("S1", locationId, FulfillmentType.SHIP,
                        List.of(new FulfillmentLine("L1", "SKU-1", 2), new FulfillmentLine("L2", "SKU-2", 1)),
                        "UPS", "GROUND", shipDate, promised)))).getFirst();
    }

    static PlannedShipment shipment(String shipmentId, String locationId, String type, String... lineIds) {
        List<PlannedShipment.Line> lines = Arrays.stream(lineIds)
                .map(id -> new PlannedShipment.Line(id, "SKU-" + id, 1)).toList();
        return new PlannedShipment(shipmentId, locationId, type, lines, "UPS", "GROUND", 12.5,
                LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-25"), new BigDecimal("7.90"));
    }

    void publish(EventEnvelope envelope) {
        publishOn(Topics.ROUTING, envelope);
    }

    void publishOn(String topic, EventEnvelope envelope) {
        try {
            kafka.send(topic, envelope.key(), EventJson.encode(envelope)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    static EventEnvelope allocated(UUID orderId, PlannedShipment... shipments) {
        return EventEnvelope.wrap(new OrderAllocated(orderId, UUID.randomUUID(), List.of(shipments), List.of()),
                "it-" + orderId, Instant.now());
    }

    // --- HTTP ----------------------------------------------------------------------------------------------

    Response get(String path, String bearerToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return send(request.build());
    }

    /** Posts {@code body} as JSON with a bearer token. */
    Response postBearer(String path, String bearerToken, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body == null ? new byte[0] : json(body)));
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return send(request.build());
    }

    /** The events of a fulfillment order's history, oldest first. */
    List<String> eventsOf(UUID fulfillmentId) {
        return jdbc.queryForList("select event from fulfillment_status_history where fulfillment_id = ? order by id",
                String.class, fulfillmentId);
    }

    Response fulfillment(UUID fulfillmentId) {
        return get("/api/v1/fulfillments/" + fulfillmentId, TestJwt.ops());
    }

    String statusOf(UUID fulfillmentId) {
        return fulfillment(fulfillmentId).body().get("status").asString();
    }

    /** Posts {@code body} signed with {@code secret} at {@code signedAt}. */
    Response postSigned(String path, String secret, Instant signedAt, Map<String, ?> body) {
        byte[] bytes = json(body);
        String signature = WebhookSignatures.sign(secret, signedAt.getEpochSecond(), bytes);
        return post(path, signature, bytes);
    }

    Response post(String path, String signature, byte[] body) {
        return post(path, null, signature, body);
    }

    /** Posts {@code body} as partner {@code partner} (the OMS-Partner header; null: none) with a signature. */
    Response post(String path, String partner, String signature, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("OMS-Signature", signature);
        }
        if (partner != null) {
            request.header("OMS-Partner", partner);
        }
        return send(request.build());
    }

    /** Posts {@code body} as partner {@code partner}, signed with {@code secret} now. */
    Response postAs(String path, String partner, String secret, Map<String, ?> body) {
        byte[] bytes = json(body);
        return post(path, partner, WebhookSignatures.sign(secret, Instant.now().getEpochSecond(), bytes), bytes);
    }

    Response wms(Map<String, ?> body) {
        return postSigned("/api/v1/webhooks/wms", WMS_SECRET, Instant.now(), body);
    }

    Response carrier(String carrier, Map<String, ?> body) {
        return postSigned("/api/v1/webhooks/carriers/" + carrier, CARRIER_SECRET, Instant.now(), body);
    }

    static Map<String, Object> wmsEvent(String type, UUID fulfillmentId, String trackingNumber) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", UUID.randomUUID().toString());
        body.put("type", type);
        body.put("fulfillmentId", fulfillmentId.toString());
        body.put("occurredAt", Instant.now().toString());
        if (trackingNumber != null) {
            body.put("trackingNumber", trackingNumber);
        }
        return body;
    }

    static Map<String, Object> carrierEvent(String trackingNumber, String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", UUID.randomUUID().toString());
        body.put("trackingNumber", trackingNumber);
        body.put("status", status);
        body.put("occurredAt", Instant.now().toString());
        return body;
    }

    static String newTrackingNumber() {
        return "1Z" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
    }

    /** Ships a released fulfillment order through the WMS webhook and waits for its event. */
    String ship(FulfillmentOrder fo) {
        String trackingNumber = newTrackingNumber();
        Response response = wms(wmsEvent("SHIPPED", fo.getId(), trackingNumber));
        if (response.status() != 200) {
            throw new AssertionError("Shipping failed: " + response);
        }
        return trackingNumber;
    }

    void awaitStatus(UUID fulfillmentId, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(fulfillmentId), status::equals);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static byte[] json(Object value) {
        return EventJson.mapper().writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
    }

    private static Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode json = body == null || body.isBlank() ? null : EventJson.mapper().readTree(body);
            return new Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
