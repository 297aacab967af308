package io.opendoms.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.EventJson;
import io.opendoms.events.Topics;
import io.opendoms.events.inventory.ItemUpserted;
import io.opendoms.returns.application.RecordDeliveredLinesCommand;
import io.opendoms.returns.application.RecordDeliveredLinesUseCase;
import io.opendoms.returns.application.RecordInventoryViewsService;
import io.opendoms.returns.application.RecordOrderedLinesCommand;
import io.opendoms.returns.application.RecordOrderedLinesUseCase;
import io.opendoms.returns.domain.ItemReturnPolicy;
import io.opendoms.testkit.OpenDomsIntegrationTest;
import io.opendoms.testkit.TestApi;
import io.opendoms.testkit.TestJwt;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/** Returns through the service's API, on returns' own views of orders, deliveries, items and stores. */
@OpenDomsIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReturnsIT {

    private static final String STOREFRONT = TestJwt.channel("storefront", "returns:read", "returns:write");
    private static final String MARKETPLACE = TestJwt.channel("marketplace", "returns:read", "returns:write");
    private static final String OPS = TestJwt.ops();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    RecordOrderedLinesUseCase orderedLines;
    @Autowired
    RecordDeliveredLinesUseCase deliveredLines;
    @Autowired
    RecordInventoryViewsService views;

    private TestApi api;
    private UUID orderId;
    private String sku;
    private String finalSaleSku;

    /** A storefront order: L1 3 × 19.99 of a 30-day SKU, 2 delivered 5 days ago; L2 1 × 5.00 final sale, delivered. */
    @BeforeEach
    void deliveredOrder() {
        api = new TestApi(port);
        orderId = UUID.randomUUID();
        sku = "SKU-" + UUID.randomUUID();
        finalSaleSku = "FINAL-" + UUID.randomUUID();
        views.item(new ItemReturnPolicy(sku, true, 30));
        views.item(new ItemReturnPolicy(finalSaleSku, false, 0));
        orderedLines.record(new RecordOrderedLinesCommand(orderId, "storefront", "USD", List.of(
                new RecordOrderedLinesCommand.Line("L1", sku, 3, new BigDecimal("19.99")),
                new RecordOrderedLinesCommand.Line("L2", finalSaleSku, 1, new BigDecimal("5.00")))));
        deliveredLines.record(new RecordDeliveredLinesCommand(orderId, UUID.randomUUID(),
                Instant.now().minus(Duration.ofDays(5)), List.of(new RecordDeliveredLinesCommand.Line("L1", sku, 2),
                new RecordDeliveredLinesCommand.Line("L2", finalSaleSku, 1))));
    }

    private TestApi.Response create(String token, String body) {
        return api.post("/api/v1/returns", token, body);
    }

    private String mail(String... lines) {
        return """
                {"orderId": "%s", "method": "MAIL", "lines": [%s]}""".formatted(orderId, String.join(",", lines));
    }

    private static String line(String lineId, int quantity, String reason) {
        return """
                {"lineId": "%s", "quantity": %d, "reason": "%s"}""".formatted(lineId, quantity, reason);
    }

    @Test
    void aMailReturnGetsALabelAndRefusesWhatCannotComeBack() {
        TestApi.Response created = create(STOREFRONT, mail(line("L1", 2, "DAMAGED"), line("L2", 1, "CHANGED_MIND")));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.path("status").asString()).isEqualTo("AUTHORIZED");
        assertThat(body.path("label").path("carrier").asString()).isEqualTo("PARCEL_A");
        assertThat(body.path("label").path("trackingNumber").asString()).matches("RT\\d{16}");
        assertThat(body.path("lines").path(0).path("eligible").asBoolean()).isTrue();
        assertThat(body.path("lines").path(1).path("eligible").asBoolean()).isFalse();
        assertThat(body.path("lines").path(1).path("reason").asString()).isEqualTo("NOT_RETURNABLE");
        assertThat(body.path("refundAmount").decimalValue()).isEqualByComparingTo("39.98");
        String id = body.path("id").asString();
        assertThat(api.get("/api/v1/returns/" + id, STOREFRONT).json()).isEqualTo(body);
        assertThat(api.get("/api/v1/returns?orderId=" + orderId, STOREFRONT).json().path("items").findValuesAsString("id"))
                .containsExactly(id);
    }

    @Test
    void noEligibleLineIs422ListingWhyAndCreatesNothing() {
        create(STOREFRONT, mail(line("L1", 2, "DAMAGED")));

        TestApi.Response refused = create(STOREFRONT, mail(line("L1", 1, "DAMAGED"), line("L9", 1, "DAMAGED")));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("lines[0]", "lines[1]");
        assertThat(refused.body()).contains("QUANTITY_EXCEEDS_RETURNABLE").contains("NOT_IN_ORDER");
        assertThat(api.get("/api/v1/returns?orderId=" + orderId, OPS).json().path("items")).hasSize(1);
    }

    @Test
    void aCancelledReturnGivesItsUnitsBack() {
        String id = create(STOREFRONT, mail(line("L1", 2, "DAMAGED"))).json().path("id").asString();

        TestApi.Response cancelled = api.post("/api/v1/returns/" + id + "/cancel", STOREFRONT, null);

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(create(STOREFRONT, mail(line("L1", 2, "DAMAGED"))).status()).isEqualTo(201);
    }

    @Test
    void twoReturnsRacingForTheSameUnitsTakeThemOnce() throws Exception {
        int racers = 6;
        CyclicBarrier start = new CyclicBarrier(racers);
        try (ExecutorService threads = Executors.newFixedThreadPool(racers)) {
            List<Future<Integer>> statuses = threads.invokeAll(java.util.stream.IntStream.range(0, racers)
                    .<java.util.concurrent.Callable<Integer>>mapToObj(i -> () -> {
                        start.await(10, TimeUnit.SECONDS);
                        return create(STOREFRONT, mail(line("L1", 1, "DAMAGED"))).status();
                    }).toList());
            List<Integer> answers = new java.util.ArrayList<>();
            for (Future<Integer> status : statuses) {
                answers.add(status.get());
            }
            assertThat(answers).filteredOn(s -> s == 201).as("2 delivered units, 1 per return").hasSize(2);
            assertThat(answers).filteredOn(s -> s == 422).hasSize(racers - 2);
        }
    }

    @Test
    void aStoreReturnNeedsAStoreThatTakesReturns() {
        String store = "STORE-" + UUID.randomUUID();
        String warehouse = "DC-" + UUID.randomUUID();
        views.location(store, List.of("SHIP", "PICKUP"), true, null);
        views.location(warehouse, List.of("SHIP"), true, null);
        String atStore = """
                {"orderId": "%s", "method": "STORE", "storeLocationId": "%s", "lines": [%s]}""";

        TestApi.Response created = create(STOREFRONT, atStore.formatted(orderId, store, line("L1", 1, "DAMAGED")));
        TestApi.Response refused = create(STOREFRONT, atStore.formatted(orderId, warehouse, line("L1", 1, "DAMAGED")));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("label").isNull() || created.json().path("label").isMissingNode()).isTrue();
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("storeLocationId");
        assertThat(create(STOREFRONT, """
                {"orderId": "%s", "method": "STORE", "lines": [%s]}""".formatted(orderId, line("L1", 1, "DAMAGED")))
                .errorFields()).containsExactly("storeLocationId");
    }

    @Test
    void aChannelReturnsOnlyItsOwnOrders() {
        assertThat(create(MARKETPLACE, mail(line("L1", 1, "DAMAGED"))).status()).isEqualTo(404);
        assertThat(create(STOREFRONT, """
                {"orderId": "%s", "method": "MAIL", "lines": [%s]}""".formatted(UUID.randomUUID(),
                line("L1", 1, "DAMAGED"))).status()).isEqualTo(404);
        String id = create(OPS, mail(line("L1", 1, "DAMAGED"))).json().path("id").asString();
        assertThat(api.get("/api/v1/returns/" + id, MARKETPLACE).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/returns/" + id, STOREFRONT).status()).isEqualTo(200);
    }

    @Test
    void learnsItemRulesFromInventorysEvents() {
        String learned = "LEARNED-" + UUID.randomUUID();
        ItemUpserted item = new ItemUpserted(learned, "Final sale", BigDecimal.ONE, false, 0, false, false);
        kafka.send(Topics.INVENTORY, learned, EventJson.encode(EventEnvelope.wrap(item, null, Instant.now()))).join();

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList(
                "select returnable from item_view where sku = ?", Boolean.class, learned), rows -> rows.equals(
                List.of(false)));
    }
}
