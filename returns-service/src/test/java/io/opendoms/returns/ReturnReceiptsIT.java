package io.opendoms.returns;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.EventJson;
import io.opendoms.events.Topics;
import io.opendoms.events.fulfillment.ReturnLabelScanned;
import io.opendoms.events.returns.ReturnRefunded;
import io.opendoms.events.returns.ReturnRestocked;
import io.opendoms.platform.webhook.WebhookSignatures;
import io.opendoms.returns.application.RecordDeliveredLinesCommand;
import io.opendoms.returns.application.RecordDeliveredLinesUseCase;
import io.opendoms.returns.application.RecordInventoryViewsService;
import io.opendoms.returns.application.RecordOrderedLinesCommand;
import io.opendoms.returns.application.RecordOrderedLinesUseCase;
import io.opendoms.returns.domain.ItemReturnPolicy;
import io.opendoms.testkit.OpenDomsIntegrationTest;
import io.opendoms.testkit.TestApi;
import io.opendoms.testkit.TestJwt;
import io.opendoms.testkit.TopicTail;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Receipts of returned units at a location: refunded once per unit, resellable units restocked once. */
@OpenDomsIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReturnReceiptsIT {

    private static final String STOREFRONT = TestJwt.channel("storefront", "returns:read", "returns:write");
    private static final String RECEIPTS = "/api/v1/webhooks/wms/returns";

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    RecordOrderedLinesUseCase orderedLines;
    @Autowired
    RecordDeliveredLinesUseCase deliveredLines;
    @Autowired
    RecordInventoryViewsService views;
    @Autowired
    org.springframework.kafka.core.KafkaTemplate<String, String> kafka;

    private TestApi api;
    private TopicTail returnsTopic;
    private UUID orderId;
    private String sku;
    private String store;
    private String eastStore;

    /** A storefront order: L1 3 × 19.99, all delivered 5 days ago; a store of the default partner, one of wms-east. */
    @BeforeEach
    void deliveredOrder() {
        api = new TestApi(port);
        returnsTopic = new TopicTail(bootstrapServers, Topics.RETURNS);
        orderId = UUID.randomUUID();
        sku = "SKU-" + UUID.randomUUID();
        store = "STORE-" + UUID.randomUUID();
        eastStore = "STORE-EAST-" + UUID.randomUUID();
        views.item(new ItemReturnPolicy(sku, true, 30));
        views.location(store, List.of("SHIP", "RETURNS"), true, null);
        views.location(eastStore, List.of("SHIP", "RETURNS"), true, "wms-east");
        orderedLines.record(new RecordOrderedLinesCommand(orderId, "storefront", "USD",
                List.of(new RecordOrderedLinesCommand.Line("L1", sku, 3, new BigDecimal("19.99")))));
        deliveredLines.record(new RecordDeliveredLinesCommand(orderId, UUID.randomUUID(),
                Instant.now().minus(Duration.ofDays(5)), List.of(new RecordDeliveredLinesCommand.Line("L1", sku, 3))));
    }

    @AfterEach
    void close() {
        returnsTopic.close();
    }

    @Test
    void aReturnReceivedInPartsRefundsEachUnitOnceAndRestocksTheResellableOnes() {
        TestApi.Response created = api.post("/api/v1/returns", STOREFRONT, """
                {"orderId": "%s", "method": "MAIL", "lines": [{"lineId": "L1", "quantity": 3, "reason": "CHANGED_MIND"}]}"""
                .formatted(orderId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        UUID returnId = UUID.fromString(created.json().path("id").asString());
        BigDecimal refund = created.json().path("refundAmount").decimalValue();
        String first = receipt("rcv-" + UUID.randomUUID(), returnId, store, """
                {"lineId": "L1", "quantity": 1, "condition": "RESELLABLE"},
                {"lineId": "L1", "quantity": 1, "condition": "DAMAGED"}""");

        TestApi.Response received = signed(first, "wms-demo-secret", null);
        TestApi.Response repeated = signed(first, "wms-demo-secret", null);

        assertThat(received.status()).as(received.body()).isEqualTo(200);
        assertThat(received.json().path("status").asString()).isEqualTo("accepted");
        assertThat(repeated.json().path("status").asString()).isEqualTo("duplicate");
        assertThat(status(returnId)).isEqualTo("RECEIVED");
        BigDecimal twoThirds = refund.multiply(BigDecimal.TWO).divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP);
        List<EventEnvelope> events = awaitEvents(3);
        assertThat(events.getFirst().type()).isEqualTo("return.authorized");
        assertThat(events.get(1).payloadAs(ReturnRefunded.class).amount()).isEqualByComparingTo(twoThirds);
        assertThat(events.get(2).payloadAs(ReturnRestocked.class)).satisfies(r -> {
            assertThat(r.locationId()).isEqualTo(store);
            assertThat(r.lines()).containsExactly(new ReturnRestocked.Line("L1", sku, 1));
        });

        TestApi.Response last = signed(receipt("rcv-" + UUID.randomUUID(), returnId, store, """
                {"lineId": "L1", "quantity": 1, "condition": "RESELLABLE"}"""), "wms-demo-secret", null);

        assertThat(last.status()).isEqualTo(200);
        assertThat(status(returnId)).isEqualTo("REFUNDED");
        List<EventEnvelope> all = awaitEvents(5);
        BigDecimal refunded = all.stream().filter(e -> e.type().equals("return.refunded"))
                .map(e -> e.payloadAs(ReturnRefunded.class).amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(refunded).as("the parts add up to the return's refund").isEqualByComparingTo(refund);
        assertThat(signed(receipt("rcv-" + UUID.randomUUID(), returnId, store, """
                {"lineId": "L1", "quantity": 1, "condition": "RESELLABLE"}"""), "wms-demo-secret", null).status())
                .as("nothing more to receive").isEqualTo(409);
    }

    @Test
    void theLabelsFirstScanPutsTheReturnInTransitAndRefundsItAtOnceAndReceiptRefundsNothingMore() {
        TestApi.Response created = api.post("/api/v1/returns", STOREFRONT, """
                {"orderId": "%s", "method": "MAIL", "lines": [{"lineId": "L1", "quantity": 2, "reason": "CHANGED_MIND"}]}"""
                .formatted(orderId));
        UUID returnId = UUID.fromString(created.json().path("id").asString());
        BigDecimal refund = created.json().path("refundAmount").decimalValue();
        assertThat(awaitEvents(1).getFirst().type()).isEqualTo("return.authorized");

        EventEnvelope scan = EventEnvelope.wrap(new ReturnLabelScanned(returnId, orderId,
                created.json().path("label").path("carrier").asString(),
                created.json().path("label").path("trackingNumber").asString(), "IN_TRANSIT", Instant.now(), null),
                "it", Instant.now());
        kafka.send(Topics.FULFILLMENT, orderId.toString(), EventJson.encode(scan)).join();
        kafka.send(Topics.FULFILLMENT, orderId.toString(), EventJson.encode(EventEnvelope.wrap(
                scan.payloadAs(ReturnLabelScanned.class), "it", Instant.now()))).join();

        List<EventEnvelope> events = awaitEvents(2);
        assertThat(events.get(1).type()).isEqualTo("return.refunded");
        assertThat(events.get(1).payloadAs(ReturnRefunded.class).amount()).isEqualByComparingTo(refund);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> status(returnId).equals("IN_TRANSIT"));

        TestApi.Response received = signed(receipt("rcv-" + UUID.randomUUID(), returnId, store, """
                {"lineId": "L1", "quantity": 2, "condition": "RESELLABLE"}"""), "wms-demo-secret", null);

        assertThat(received.status()).isEqualTo(200);
        assertThat(status(returnId)).isEqualTo("REFUNDED");
        List<EventEnvelope> after = awaitEvents(3);
        assertThat(after.get(2).type()).as("restocked, not refunded again").isEqualTo("return.restocked");
        org.awaitility.Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() ->
                returnsTopic.seen(e -> e.key().equals(orderId.toString()) && e.type().equals("return.refunded"))
                        .size() == 1);
    }

    @Test
    void unitsTheReturnDidNotAuthorizeAre422AndAnotherPartnersLocation404() {
        TestApi.Response created = api.post("/api/v1/returns", STOREFRONT, """
                {"orderId": "%s", "method": "MAIL", "lines": [{"lineId": "L1", "quantity": 1, "reason": "CHANGED_MIND"}]}"""
                .formatted(orderId));
        UUID returnId = UUID.fromString(created.json().path("id").asString());

        TestApi.Response tooMany = signed(receipt("rcv-" + UUID.randomUUID(), returnId, store, """
                {"lineId": "L1", "quantity": 2, "condition": "RESELLABLE"},
                {"lineId": "L9", "quantity": 1, "condition": "RESELLABLE"}"""), "wms-demo-secret", null);
        TestApi.Response notTheirs = signed(receipt("rcv-" + UUID.randomUUID(), returnId, store, """
                {"lineId": "L1", "quantity": 1, "condition": "RESELLABLE"}"""), "wms-east-secret", "wms-east");
        TestApi.Response unsigned = api.send("POST", RECEIPTS, null, receipt("rcv-x", returnId, store, """
                {"lineId": "L1", "quantity": 1, "condition": "RESELLABLE"}"""));

        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.errorFields()).containsExactly("lines[0].quantity", "lines[1].lineId");
        assertThat(notTheirs.status()).isEqualTo(404);
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(status(returnId)).isEqualTo("AUTHORIZED");
        assertThat(signed(receipt("rcv-" + UUID.randomUUID(), returnId, eastStore, """
                {"lineId": "L1", "quantity": 1, "condition": "DAMAGED"}"""), "wms-east-secret", "wms-east").status())
                .as("its own store may receive a mail return").isEqualTo(200);
    }

    @Test
    void aStoreReturnIsReceivedAtItsStoreOnly() {
        TestApi.Response created = api.post("/api/v1/returns", STOREFRONT, """
                {"orderId": "%s", "method": "STORE", "storeLocationId": "%s",
                 "lines": [{"lineId": "L1", "quantity": 1, "reason": "CHANGED_MIND"}]}""".formatted(orderId, store));
        UUID returnId = UUID.fromString(created.json().path("id").asString());

        TestApi.Response elsewhere = signed(receipt("rcv-" + UUID.randomUUID(), returnId, eastStore, """
                {"lineId": "L1", "quantity": 1, "condition": "RESELLABLE"}"""), "wms-east-secret", "wms-east");

        assertThat(elsewhere.status()).isEqualTo(422);
        assertThat(elsewhere.errorFields()).containsExactly("locationId");
    }

    private static String receipt(String eventId, UUID returnId, String locationId, String lines) {
        return """
                {"eventId": "%s", "returnId": "%s", "locationId": "%s", "occurredAt": "%s", "lines": [%s]}"""
                .formatted(eventId, returnId, locationId, Instant.now(), lines);
    }

    private TestApi.Response signed(String body, String secret, String partner) {
        String signature = WebhookSignatures.sign(secret, Instant.now().getEpochSecond(),
                body.getBytes(StandardCharsets.UTF_8));
        return api.send("POST", RECEIPTS, null, body, partner == null ? Map.of("OMS-Signature", signature)
                : Map.of("OMS-Signature", signature, "OMS-Partner", partner));
    }

    private String status(UUID returnId) {
        return api.get("/api/v1/returns/" + returnId, STOREFRONT).json().path("status").asString();
    }

    private List<EventEnvelope> awaitEvents(int count) {
        return returnsTopic.awaitEnvelopes(orderId.toString(), events -> events.size() >= count);
    }
}
