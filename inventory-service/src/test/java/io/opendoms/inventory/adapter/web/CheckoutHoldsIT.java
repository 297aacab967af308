package io.opendoms.inventory.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opendoms.inventory.application.ExpireHoldsService;
import io.opendoms.inventory.support.InventoryIntegrationTest;
import io.opendoms.testkit.TestApi;
import io.opendoms.testkit.TestJwt;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** POST/GET/DELETE /reservations and /extend: checkout holds that never oversell and expire by themselves. */
class CheckoutHoldsIT extends InventoryIntegrationTest {

    /** A storefront places holds with orders:write; another storefront must not see them. */
    private static final String STOREFRONT = READER;
    private static final String OTHER_STOREFRONT = TestJwt.channel("marketplace", "inventory:read", "orders:write");
    private static final String READ_ONLY = TestJwt.channel("storefront", "inventory:read");

    @Autowired
    private ExpireHoldsService expireHolds;

    private String dc;
    private String store;
    private String sku;
    private String other;

    @BeforeEach
    void network() {
        dc = unique("DC");
        store = unique("STORE");
        sku = unique("SKU");
        other = unique("SKU");
        createLocation(dc, "10001");
        createLocation(store, "02108");
        createItem(sku);
        createItem(other);
    }

    @Test
    void aHoldReservesItsLinesAtTheLocationAskedForUntilItExpires() {
        setStock(dc, sku, 10);
        setStock(dc, other, 5);
        Instant before = clock.instant();

        TestApi.Response placed = expect(201, hold(STOREFRONT, """
                {"lines": [{"sku": "%s", "quantity": 3}, {"sku": "%s", "quantity": 5}], "ttlSeconds": 600,
                 "locationId": "%s"}""".formatted(sku, other, dc)));

        JsonNode body = placed.json();
        String id = body.path("id").asString();
        assertThat(placed.header("Location")).isEqualTo("/api/v1/reservations/" + id);
        assertThat(placed.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(body.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(Instant.parse(body.path("expiresAt").asString()))
                .isBetween(before.plusSeconds(600), clock.instant().plusSeconds(600));
        assertThat(lines(body)).containsExactly(sku + "x3@" + dc, other + "x5@" + dc);
        assertThat(stockRow(dc, sku)).containsExactly(10, 3, 0);
        assertThat(stockRow(dc, other)).containsExactly(5, 5, 0);
        assertThat(movementKinds(dc, sku)).containsExactly("HOLD", "SNAPSHOT");
        assertThat(outboxCount("inventory.hold-placed", id)).isEqualTo(1);
        assertThat(expect(200, api.get("/api/v1/reservations/" + id, STOREFRONT)).json()).isEqualTo(body);
    }

    @Test
    void reservesNothingWhenOneLineIsShortAndNamesIt() {
        setStock(dc, sku, 10);
        setStock(dc, other, 1);

        TestApi.Response response = hold(STOREFRONT, """
                {"lines": [{"sku": "%s", "quantity": 3}, {"sku": "%s", "quantity": 2}], "locationId": "%s"}"""
                .formatted(sku, other, dc));

        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.errorFields()).containsExactly("lines[1].quantity");
        assertThat(response.json().path("detail").asString()).contains(other).doesNotContain(sku);
        assertThat(stockRow(dc, sku)).containsExactly(10, 0, 0);
        assertThat(stockRow(dc, other)).containsExactly(1, 0, 0);
        assertThat(jdbc.queryForObject("select count(*) from checkout_hold_line where sku = ?", Integer.class, sku))
                .isZero();
    }

    @Test
    void withoutALocationTheHoldGoesWhereOneLocationCoversEveryLine() {
        setStock(dc, sku, 50);
        setStock(store, sku, 3);
        setStock(store, other, 2);

        JsonNode body = expect(201, hold(STOREFRONT, """
                {"lines": [{"sku": "%s", "quantity": 2}, {"sku": "%s", "quantity": 1}]}""".formatted(sku, other)))
                .json();

        // the DC has far more of the first SKU, but only the store covers both lines
        assertThat(lines(body)).containsExactly(sku + "x2@" + store, other + "x1@" + store);
    }

    @Test
    void withoutALocationCoveringEveryLineEachLineGoesWhereMostOfItsSkuIs() {
        setStock(dc, sku, 50);
        setStock(store, sku, 8);
        setStock(store, other, 2);

        JsonNode body = expect(201, hold(STOREFRONT, """
                {"lines": [{"sku": "%s", "quantity": 20}, {"sku": "%s", "quantity": 2}]}""".formatted(sku, other)))
                .json();

        assertThat(lines(body)).containsExactly(sku + "x20@" + dc, other + "x2@" + store);
        assertThat(stockRow(dc, sku)).containsExactly(50, 20, 0);
        assertThat(stockRow(store, other)).containsExactly(2, 2, 0);
    }

    @Test
    void onlyActiveLocationsHoldStock() {
        String closed = unique("CLOSED");
        expect(201, api.put("/api/v1/locations/" + closed, WRITER, location("STORE", "10001", null, null, false)));
        setStock(closed, sku, 100);
        setStock(dc, sku, 1);

        TestApi.Response atClosed = hold(STOREFRONT, """
                {"lines": [{"sku": "%s", "quantity": 1}], "locationId": "%s"}""".formatted(sku, closed));
        TestApi.Response anywhere = hold(STOREFRONT, """
                {"lines": [{"sku": "%s", "quantity": 2}]}""".formatted(sku));

        assertThat(atClosed.status()).as(atClosed.toString()).isEqualTo(422);
        assertThat(atClosed.errorFields()).containsExactly("locationId");
        assertThat(anywhere.status()).as(anywhere.toString()).isEqualTo(409);
        assertThat(stockRow(closed, sku)).containsExactly(100, 0, 0);
    }

    @Test
    void unknownSkusAndLocationsAre404NamingEach() {
        TestApi.Response unknownSku = hold(STOREFRONT, """
                {"lines": [{"sku": "%s", "quantity": 1}, {"sku": "NOPE-%s", "quantity": 1}]}""".formatted(sku, sku));
        TestApi.Response unknownLocation = hold(STOREFRONT, """
                {"lines": [{"sku": "%s", "quantity": 1}], "locationId": "NOWHERE-%s"}""".formatted(sku, sku));

        assertThat(unknownSku.status()).as(unknownSku.toString()).isEqualTo(404);
        assertThat(unknownSku.errorFields()).containsExactly("lines[1].sku");
        assertThat(unknownLocation.status()).as(unknownLocation.toString()).isEqualTo(404);
        assertThat(unknownLocation.errorFields()).containsExactly("locationId");
        assertThat(expect(404, api.get("/api/v1/reservations/" + UUID.randomUUID(), STOREFRONT)).isProblem()).isTrue();
    }

    /**
     * One-line holds without a key go through the combiner, which checks the row and its location only when it locks
     * the row: each wrong target must still be answered as the full checks answer it.
     */
    @Test
    void aOneLineHoldAtAWrongTargetIsAnsweredAsAnyOther() {
        String empty = unique("EMPTY");
        expect(201, api.put("/api/v1/locations/" + empty, WRITER, location("STORE", "10001", null, null, true)));

        TestApi.Response unknownSkuAnywhere = hold(STOREFRONT, """
                {"lines": [{"sku": "NOPE-%s", "quantity": 1}]}""".formatted(sku));
        TestApi.Response unknownSkuThere = hold(STOREFRONT, """
                {"lines": [{"sku": "NOPE-%s", "quantity": 1}], "locationId": "%s"}""".formatted(sku, dc));
        TestApi.Response noRowThere = hold(STOREFRONT, """
                {"lines": [{"sku": "%s", "quantity": 1}], "locationId": "%s"}""".formatted(sku, empty));

        assertThat(unknownSkuAnywhere.status()).as(unknownSkuAnywhere.toString()).isEqualTo(404);
        assertThat(unknownSkuAnywhere.errorFields()).containsExactly("lines[0].sku");
        assertThat(unknownSkuThere.status()).as(unknownSkuThere.toString()).isEqualTo(404);
        assertThat(unknownSkuThere.errorFields()).containsExactly("lines[0].sku");
        assertThat(noRowThere.status()).as(noRowThere.toString()).isEqualTo(409);
        assertThat(noRowThere.errorFields()).containsExactly("lines[0].quantity");
    }

    @Test
    void invalidRequestsAre400NamingEachBadFieldAndHoldNothing() {
        setStock(dc, sku, 10);
        Map<String, String> bad = Map.of(
                "ttlSeconds", """
                        {"lines": [{"sku": "%s", "quantity": 1}], "ttlSeconds": 0}""".formatted(sku),
                "ttlSeconds ", """
                        {"lines": [{"sku": "%s", "quantity": 1}], "ttlSeconds": 86401}""".formatted(sku),
                "lines[0].quantity", """
                        {"lines": [{"sku": "%s", "quantity": 0}]}""".formatted(sku),
                "lines[2].sku", """
                        {"lines": [{"sku": "%s", "quantity": 1}, {"sku": "%s", "quantity": 1},
                                   {"sku": "%s", "quantity": 1}]}""".formatted(sku, other, sku),
                "lines", """
                        {"lines": []}""");

        bad.forEach((field, json) -> {
            TestApi.Response response = hold(STOREFRONT, json);
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.errorFields()).as(response.toString()).containsExactly(field.trim());
        });
        assertThat(stockRow(dc, sku)).containsExactly(10, 0, 0);
    }

    @Test
    void placingAHoldNeedsAWriteScopeAndOnlyItsClientSeesIt() {
        setStock(dc, sku, 10);
        String id = expect(201, hold(STOREFRONT, oneOf(sku, 1))).json().path("id").asString();

        assertThat(hold(READ_ONLY, oneOf(sku, 1)).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/reservations/" + id, OTHER_STOREFRONT).status()).isEqualTo(404);
        assertThat(api.send("DELETE", "/api/v1/reservations/" + id, OTHER_STOREFRONT, null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/reservations/" + id, TestJwt.ops()).status()).isEqualTo(200);
        assertThat(stockRow(dc, sku)).containsExactly(10, 1, 0);
    }

    @Test
    void releasingAHoldGivesItsUnitsBackOnce() {
        setStock(dc, sku, 10);
        String id = expect(201, hold(STOREFRONT, oneOf(sku, 4))).json().path("id").asString();

        TestApi.Response released = expect(200, api.send("DELETE", "/api/v1/reservations/" + id, STOREFRONT, null));
        TestApi.Response again = expect(200, api.send("DELETE", "/api/v1/reservations/" + id, STOREFRONT, null));

        assertThat(released.json().path("status").asString()).isEqualTo("RELEASED");
        assertThat(again.json()).isEqualTo(released.json());
        assertThat(stockRow(dc, sku)).containsExactly(10, 0, 0);
        assertThat(movementKinds(dc, sku)).containsExactly("RELEASE", "HOLD", "SNAPSHOT");
        assertThat(outboxPayloads("inventory.hold-ended", id)).singleElement().asString().contains("\"RELEASED\"");
    }

    @Test
    void extendingALiveHoldMovesItsExpiryAndAnExpiredHoldCannotBeExtended() {
        setStock(dc, sku, 10);
        String id = expect(201, hold(STOREFRONT, oneOf(sku, 1, 60)))
                .json().path("id").asString();
        clock.advance(Duration.ofSeconds(30));

        JsonNode extended = expect(200, api.post("/api/v1/reservations/" + id + "/extend", STOREFRONT,
                "{\"ttlSeconds\": 120}")).json();

        assertThat(Instant.parse(extended.path("expiresAt").asString()))
                .isAfter(clock.instant().plusSeconds(119)).isBefore(clock.instant().plusSeconds(121));
        assertThat(outboxCount("inventory.hold-placed", id)).as("placed again with its new expiry").isEqualTo(2);
        assertThat(api.post("/api/v1/reservations/" + id + "/extend", STOREFRONT, "{\"ttlSeconds\": 0}")
                .errorFields()).containsExactly("ttlSeconds");
        clock.advance(Duration.ofSeconds(121));
        TestApi.Response late = api.post("/api/v1/reservations/" + id + "/extend", STOREFRONT, "{\"ttlSeconds\": 60}");
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
    }

    @Test
    void aHoldExpiresByItselfAndGivesItsUnitsBack() {
        setStock(dc, sku, 10);
        String id = expect(201, hold(STOREFRONT, oneOf(sku, 6, 60)))
                .json().path("id").asString();
        String lasting = expect(201, hold(STOREFRONT, oneOf(sku, 1, 600)))
                .json().path("id").asString();

        clock.advance(Duration.ofSeconds(61));

        await().atMost(Duration.ofSeconds(10)).until(() -> status(id).equals("EXPIRED"));
        assertThat(stockRow(dc, sku)).containsExactly(10, 1, 0);
        assertThat(status(lasting)).isEqualTo("ACTIVE");
        assertThat(movementKinds(dc, sku)).startsWith("EXPIRY");
        assertThat(outboxPayloads("inventory.hold-ended", id)).singleElement().asString().contains("\"EXPIRED\"");
    }

    @Test
    void expiryRunsRacingEachOtherEndEveryHoldOnce() throws Exception {
        setStock(dc, sku, 100);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(expect(201, hold(STOREFRONT, oneOf(sku, 2, 60))).json().path("id").asString());
        }
        clock.advance(Duration.ofSeconds(61));

        // four runs at once (as four instances would), besides the scheduled one, in small batches
        List<Integer> expired = race(4, i -> expireHolds.expireDue(3));

        await().atMost(Duration.ofSeconds(10)).until(() -> stockRow(dc, sku)[1] == 0);
        assertThat(expired.stream().mapToInt(Integer::intValue).sum()).isLessThanOrEqualTo(30);
        assertThat(ids).allSatisfy(id -> {
            assertThat(status(id)).isEqualTo("EXPIRED");
            assertThat(outboxPayloads("inventory.hold-ended", id)).hasSize(1);
        });
        assertThat(movementKinds(dc, sku).stream().filter("EXPIRY"::equals)).hasSize(30);
    }

    @Test
    void theSameKeyAndRequestAnswerTheFirstHoldAndHoldNothingMore() {
        setStock(dc, sku, 10);
        String key = newKey();

        TestApi.Response first = expect(201, hold(STOREFRONT, key, oneOf(sku, 2)));
        TestApi.Response again = expect(201, hold(STOREFRONT, key, oneOf(sku, 2)));
        TestApi.Response otherBody = hold(STOREFRONT, key, oneOf(sku, 3));

        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(otherBody.status()).as(otherBody.toString()).isEqualTo(409);
        assertThat(otherBody.json().path("detail").asString()).contains("Idempotency-Key");
        assertThat(stockRow(dc, sku)).containsExactly(10, 2, 0);
        // keys are per client: another storefront's same key is a hold of its own
        assertThat(expect(201, hold(OTHER_STOREFRONT, key, oneOf(sku, 2))).header("Idempotent-Replayed"))
                .isEqualTo("false");
    }

    @Test
    void concurrentRepeatsOfOneKeyHoldOnce() throws Exception {
        setStock(dc, sku, 10);
        String key = newKey();

        List<TestApi.Response> responses = race(8, i -> hold(STOREFRONT, key, oneOf(sku, 3)));

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(responses).extracting(r -> r.json().path("id").asString()).containsOnly(
                responses.getFirst().json().path("id").asString());
        assertThat(responses).extracting(r -> r.header("Idempotent-Replayed")).containsOnlyOnce("false");
        assertThat(stockRow(dc, sku)).containsExactly(10, 3, 0);
    }

    @Test
    void concurrentHoldsOnOneSkuNeverOversell() throws Exception {
        setStock(dc, sku, 25);

        List<TestApi.Response> responses = race(60, i -> hold(STOREFRONT, oneOf(sku, 1)));

        assertThat(responses).extracting(TestApi.Response::status).containsOnly(201, 409);
        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(25);
        int[] row = stockRow(dc, sku);
        assertThat(row[1]).isEqualTo(25).isLessThanOrEqualTo(row[0]);
        assertThat(jdbc.queryForObject("""
                select coalesce(sum(l.quantity), 0) from checkout_hold_line l join checkout_hold h on h.id = l.hold_id
                where h.status = 'ACTIVE' and l.location_id = ? and l.sku = ?""", Integer.class, dc, sku))
                .isEqualTo(row[1]);
    }

    @Test
    void concurrentMultiLineHoldsInEitherLineOrderNeverOversellNorDeadlock() throws Exception {
        setStock(dc, sku, 10);
        setStock(dc, other, 10);

        List<TestApi.Response> responses = race(30, i -> hold(STOREFRONT, """
                {"lines": [{"sku": "%s", "quantity": 1}, {"sku": "%s", "quantity": 1}], "locationId": "%s"}"""
                .formatted(i % 2 == 0 ? sku : other, i % 2 == 0 ? other : sku, dc)));

        assertThat(responses).extracting(TestApi.Response::status).containsOnly(201, 409);
        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(10);
        assertThat(stockRow(dc, sku)).containsExactly(10, 10, 0);
        assertThat(stockRow(dc, other)).containsExactly(10, 10, 0);
    }

    @Test
    void concurrentHoldsOfSeveralUnitsEachGetAllTheyAskForOrNothing() throws Exception {
        setStock(dc, sku, 10);

        List<TestApi.Response> responses = race(20, i -> hold(STOREFRONT, oneOf(sku, 3)));

        // three holds of 3 fit; the unit left over is less than any hold asks for
        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(3);
        assertThat(responses).filteredOn(r -> r.status() == 409).hasSize(17)
                .allSatisfy(r -> assertThat(r.errorFields()).containsExactly("lines[0].quantity"));
        assertThat(stockRow(dc, sku)).containsExactly(10, 9, 0);
    }

    /** One line at the DC. */
    private String oneOf(String sku, int quantity) {
        return """
                {"lines": [{"sku": "%s", "quantity": %d}], "locationId": "%s"}""".formatted(sku, quantity, dc);
    }

    private String oneOf(String sku, int quantity, int ttlSeconds) {
        return """
                {"lines": [{"sku": "%s", "quantity": %d}], "locationId": "%s", "ttlSeconds": %d}"""
                .formatted(sku, quantity, dc, ttlSeconds);
    }

    private TestApi.Response hold(String token, String json) {
        return api.post("/api/v1/reservations", token, json);
    }

    private TestApi.Response hold(String token, String key, String json) {
        return api.send("POST", "/api/v1/reservations", token, json, Map.of("Idempotency-Key", key));
    }

    private String status(String id) {
        return jdbc.queryForObject("select status from checkout_hold where id = ?::uuid", String.class, id);
    }

    private List<String> movementKinds(String locationId, String sku) {
        return jdbc.queryForList("select kind from stock_movement where location_id = ? and sku = ? order by id desc",
                String.class, locationId, sku);
    }

    private List<String> outboxPayloads(String type, String key) {
        return jdbc.queryForList("select payload from platform_outbox where event_type = ? and event_key = ?",
                String.class, type, key);
    }

    private static List<String> lines(JsonNode hold) {
        List<String> lines = new ArrayList<>();
        hold.path("lines").forEach(line -> lines.add(line.path("sku").asString() + "x" + line.path("quantity").asInt()
                + "@" + line.path("locationId").asString()));
        return lines;
    }

    private static <T> List<T> race(int threads, java.util.function.IntFunction<T> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.apply(index);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }
}
