package io.opendoms.inventory.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.inventory.support.InventoryIntegrationTest;
import io.opendoms.testkit.TestApi;
import io.opendoms.testkit.TestJwt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /stock/adjustments: idempotent on the client's Idempotency-Key, all or nothing. */
class StockAdjustmentsIT extends InventoryIntegrationTest {

    private static final String OTHER_WRITER = TestJwt.token("wms-west", null,
            List.of("inventory:read", "inventory:write"), Duration.ofMinutes(30));

    private String dc;
    private String sku;
    private String other;

    @BeforeEach
    void network() {
        dc = unique("DC");
        sku = unique("SKU");
        other = unique("SKU");
        createLocation(dc, "10001");
        createItem(sku);
        createItem(other);
    }

    @Test
    void aRepeatedKeyAnswersTheFirstResultAndAppliesNothing() {
        String key = newKey();
        TestApi.Response first = expect(200, adjust(key, adjustments(line(sku, 5), line(other, 2))));
        expect(200, adjust(newKey(), adjustments(line(sku, 1))));
        int events = outboxCount("inventory.stock-changed", sku);

        TestApi.Response again = expect(200, adjust(key, adjustments(line(sku, 5), line(other, 2))));

        assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        // the first answer, not today's stock (6 since the other request)
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.json().path("items").valueStream()
                .filter(item -> item.path("sku").asString().equals(sku))
                .map(item -> item.path("onHand").asInt())).containsExactly(5);
        assertThat(stockRow(dc, sku)[0]).isEqualTo(6);
        assertThat(stockRow(dc, other)[0]).isEqualTo(2);
        assertThat(adjustmentMovements(key)).isEqualTo(2);
        assertThat(outboxCount("inventory.stock-changed", sku)).isEqualTo(events);
    }

    @Test
    void concurrentRepeatsOfOneKeyApplyItOnce() throws Exception {
        String key = newKey();
        String body = adjustments(line(sku, 3), line(other, 4));
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<TestApi.Response>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return adjust(key, body);
                }));
            }
            start.countDown();
            List<TestApi.Response> responses = new ArrayList<>();
            for (Future<TestApi.Response> answer : answers) {
                responses.add(answer.get());
            }

            assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
            assertThat(responses).extracting(TestApi.Response::json).containsOnly(responses.getFirst().json());
            assertThat(responses).extracting(r -> r.header("Idempotent-Replayed"))
                    .containsOnlyOnce("false").containsOnly("false", "true");
        }
        assertThat(stockRow(dc, sku)[0]).isEqualTo(3);
        assertThat(stockRow(dc, other)[0]).isEqualTo(4);
        assertThat(adjustmentMovements(key)).isEqualTo(2);
    }

    @Test
    void theSameKeyWithOtherAdjustmentsIs409AndChangesNothing() {
        String key = newKey();
        expect(200, adjust(key, adjustments(line(sku, 5))));

        TestApi.Response reused = adjust(key, adjustments(line(sku, 6)));

        assertThat(reused.status()).as(reused.toString()).isEqualTo(409);
        assertThat(reused.isProblem()).isTrue();
        assertThat(reused.json().path("detail").asString()).contains("Idempotency-Key");
        assertThat(stockRow(dc, sku)[0]).isEqualTo(5);
        assertThat(adjustmentMovements(key)).isEqualTo(1);
    }

    @Test
    void keysArePerClient() {
        String key = newKey();
        expect(200, adjust(key, adjustments(line(sku, 5))));

        TestApi.Response otherClient = expect(200, adjust(OTHER_WRITER, key, adjustments(line(sku, 5))));

        assertThat(otherClient.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(stockRow(dc, sku)[0]).isEqualTo(10);
    }

    @Test
    void aMissingOrInvalidKeyIs400NamingItAndChangesNothing() {
        TestApi.Response missing = api.post("/api/v1/stock/adjustments", WRITER, adjustments(line(sku, 5)));
        TestApi.Response blank = adjust("   ", adjustments(line(sku, 5)));
        TestApi.Response tooLong = adjust("k".repeat(129), adjustments(line(sku, 5)));

        for (TestApi.Response response : List.of(missing, blank, tooLong)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.errorFields()).contains("Idempotency-Key");
        }
        assertThat(stockRow(dc, sku)).isNull();
    }

    @Test
    void allOrNothingNamesEveryLineThatWouldGoNegative() {
        setStock(dc, sku, 5);
        setStock(dc, other, 1);
        String key = newKey();

        TestApi.Response response = adjust(key, adjustments(line(sku, -2), line(other, -3), line(sku, 1),
                line(sku, -5)));

        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.errorFields()).containsExactly("adjustments[1].delta", "adjustments[3].delta");
        assertThat(stockRow(dc, sku)[0]).isEqualTo(5);
        assertThat(stockRow(dc, other)[0]).isEqualTo(1);
        assertThat(adjustmentMovements(key)).isZero();
    }

    @Test
    void aRejectedRequestKeepsNoKeySoItMayBeCorrected() {
        String key = newKey();
        expect(409, adjust(key, adjustments(line(sku, -1))));

        TestApi.Response corrected = expect(200, adjust(key, adjustments(line(sku, 1))));

        assertThat(corrected.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(stockRow(dc, sku)[0]).isEqualTo(1);
    }

    private int adjustmentMovements(String key) {
        return jdbc.queryForObject("""
                select count(*) from stock_movement
                where location_id = ? and kind = 'ADJUSTMENT' and reference = ?""", Integer.class, dc, key);
    }

    private String line(String lineSku, int delta) {
        return """
                {"locationId": "%s", "sku": "%s", "delta": %d, "reason": "RECOUNT"}""".formatted(dc, lineSku, delta);
    }

    private static String adjustments(String... lines) {
        return "{\"adjustments\": [" + String.join(", ", lines) + "]}";
    }
}
