package io.opendoms.order.it;

import static io.opendoms.order.it.OrderRequests.anOrder;
import static io.opendoms.order.it.OrderRequests.line;
import static io.opendoms.order.it.OrderRequests.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.EventJson;
import io.opendoms.events.Topics;
import io.opendoms.events.order.OrderReceived;
import io.opendoms.testkit.TestJwt;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class PlaceOrderIT extends OrderServiceIT {

    @Test
    void createsAReceivedOrderAndPublishesOrderReceived() {
        String correlationId = "it-" + UUID.randomUUID();
        Http.Response created = http().post("/api/v1/orders", STOREFRONT, anOrder().toString(),
                Map.of("Idempotency-Key", UUID.randomUUID().toString(), "X-Correlation-Id", correlationId));

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode order = created.json();
        String id = order.get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/v1/orders/" + id);
        assertThat(order.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(order.get("channel").asString()).isEqualTo("storefront");
        assertThat(order.get("totalAmount").decimalValue()).isEqualByComparingTo("36.00");
        assertThat(order.get("totalAmount").toString()).isEqualTo("36.00");
        assertThat(order.get("refundedAmount").decimalValue()).isZero();
        assertThat(order.get("fulfillments")).isEmpty();
        assertThat(order.get("lines")).hasSize(2).allSatisfy(line -> {
            assertThat(line.get("status").asString()).isEqualTo("OPEN");
            for (String q : List.of("allocatedQuantity", "shippedQuantity", "deliveredQuantity", "cancelledQuantity",
                    "returnedQuantity")) {
                assertThat(line.get(q).asInt()).as(q).isZero();
            }
        });
        assertThat(order.get("lines").get(0).get("lineId").asString()).isEqualTo("1");
        assertThat(order.get("lines").get(1).get("lineId").asString()).isEqualTo("2");
        assertThat(order(UUID.fromString(id))).as("read back").isEqualTo(order);
        assertThat(timeline(UUID.fromString(id)).get(0).get("type").asString()).isEqualTo("ORDER_RECEIVED");

        List<ConsumerRecord<String, String>> records = KafkaRecords.awaitRecords(Topics.ORDERS, id);
        assertThat(records).hasSize(1);
        EventEnvelope envelope = EventJson.decode(records.getFirst().value());
        assertThat(envelope.type()).isEqualTo("order.received");
        assertThat(envelope.key()).isEqualTo(id);
        assertThat(envelope.correlationId()).isEqualTo(correlationId);
        OrderReceived received = envelope.payloadAs(OrderReceived.class);
        assertThat(received.orderId()).hasToString(id);
        assertThat(received.channel()).isEqualTo("storefront");
        assertThat(received.shipTo().postalCode()).isEqualTo("10001");
        assertThat(received.lines()).extracting(OrderReceived.Line::lineId, OrderReceived.Line::quantity)
                .containsExactly(tuple("1", 2), tuple("2", 3));
    }

    @Test
    void anOpsClientCreatesOrdersOfTheOpsChannel() {
        Http.Response created = place(OPS, UUID.randomUUID().toString(), anOrder());

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("channel").asString()).isEqualTo("ops");
    }

    @Test
    void aRepeatedRequestAnswersTheFirstOrderAndStoresNothing() {
        String key = UUID.randomUUID().toString();
        ObjectNode request = anOrder();
        Http.Response first = place(STOREFRONT, key, request);
        Map<String, Integer> before = rowCounts();

        // the same order, written differently: explicit line ids, other decimal scale, other field order
        line(request, 0).put("lineId", "1").put("unitPrice", new BigDecimal("10.5000"));
        line(request, 1).put("lineId", "2");
        ObjectNode reordered = Http.JSON.createObjectNode();
        List.copyOf(request.propertyNames()).reversed().forEach(f -> reordered.set(f, request.get(f)));
        Http.Response again = place(STOREFRONT, key, reordered);

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aRepeatedKeyWithAnotherOrderIsAConflictAndStoresNothing() {
        String key = UUID.randomUUID().toString();
        place(STOREFRONT, key, anOrder());
        Map<String, Integer> before = rowCounts();
        ObjectNode other = anOrder();
        line(other, 0).put("quantity", 5);

        Http.Response conflict = place(STOREFRONT, key, other);

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.contentType()).startsWith("application/problem+json");
        assertThat(conflict.json().get("detail").asString()).contains(key);
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void idempotencyKeysAreScopedToTheClient() {
        String key = UUID.randomUUID().toString();

        JsonNode storefront = place(STOREFRONT, key, anOrder()).json();
        JsonNode marketplace = place(MARKETPLACE, key, anOrder()).json();

        assertThat(marketplace.get("id")).isNotEqualTo(storefront.get("id"));
        assertThat(marketplace.get("channel").asString()).isEqualTo("marketplace");
    }

    @Test
    void concurrentIdenticalRequestsCreateOneOrder() throws Exception {
        String key = UUID.randomUUID().toString();
        ObjectNode request = anOrder();
        int before = rowCounts().get("orders");
        int racers = 8;
        List<Http.Response> responses;
        try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
            List<Callable<Http.Response>> calls = IntStream.range(0, racers)
                    .mapToObj(i -> (Callable<Http.Response>) () -> place(STOREFRONT, key, request)).toList();
            responses = pool.invokeAll(calls).stream().map(PlaceOrderIT::get).toList();
        }

        assertThat(responses).extracting(Http.Response::status).containsOnly(201);
        Set<String> ids = Set.copyOf(responses.stream().map(r -> r.json().get("id").asString()).toList());
        assertThat(ids).hasSize(1);
        assertThat(responses).filteredOn(r -> "false".equals(r.header("Idempotent-Replayed"))).hasSize(1);
        assertThat(rowCounts().get("orders")).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from platform_outbox where event_key = ?", Integer.class,
                ids.iterator().next())).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidOrders")
    void rejectsAnInvalidFieldNamingItAndStoresNothing(String field, Consumer<ObjectNode> change) {
        ObjectNode request = anOrder();
        change.accept(request);
        Map<String, Integer> before = rowCounts();

        Http.Response rejected = place(STOREFRONT, UUID.randomUUID().toString(), request);

        assertThat(rejected.status()).as(rejected.text()).isEqualTo(422);
        assertThat(rejected.contentType()).startsWith("application/problem+json");
        JsonNode problem = rejected.json();
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(problem.get("errors")).extracting(e -> e.get("field").asString()).containsExactly(field);
        assertThat(problem.get("errors").get(0).get("message").asString()).isNotBlank();
        assertThat(rowCounts()).isEqualTo(before);
    }

    static Stream<Arguments> invalidOrders() {
        return Stream.of(
                invalid("customer.email", o -> object(o, "customer").put("email", "not-an-email")),
                invalid("customer.email", o -> o.remove("customer")),
                invalid("shippingAddress.name", o -> object(o, "shippingAddress").remove("name")),
                invalid("shippingAddress.line1", o -> object(o, "shippingAddress").put("line1", " ")),
                invalid("shippingAddress.city", o -> object(o, "shippingAddress").remove("city")),
                invalid("shippingAddress.region", o -> object(o, "shippingAddress").remove("region")),
                invalid("shippingAddress.postalCode", o -> object(o, "shippingAddress").remove("postalCode")),
                invalid("shippingAddress.country", o -> object(o, "shippingAddress").put("country", "ZZ")),
                invalid("shippingAddress.latitude", o -> object(o, "shippingAddress").put("latitude", 91)),
                invalid("shippingAddress.longitude", o -> object(o, "shippingAddress").put("longitude", 181)),
                invalid("shippingAddress.name", o -> object(o, "shippingAddress").put("name", "Ada\u0000")),
                invalid("deliveryMethod", o -> o.put("deliveryMethod", "DRONE")),
                invalid("pickupLocationId", o -> o.put("deliveryMethod", "PICKUP")),
                invalid("pickupLocationId", o -> o.put("pickupLocationId", "STORE-1")),
                invalid("serviceLevel", o -> o.put("serviceLevel", "WHENEVER")),
                invalid("currency", o -> o.put("currency", "XYZ")),
                invalid("lines", o -> o.putArray("lines")),
                invalid("lines", o -> {
                    var lines = o.putArray("lines");
                    IntStream.range(0, 101).forEach(i -> lines.addObject().put("sku", "S").put("quantity", 1)
                            .put("unitPrice", 1));
                }),
                invalid("lines[1].sku", o -> line(o, 1).put("sku", "SKU 2")),
                invalid("lines[0].quantity", o -> line(o, 0).put("quantity", 0)),
                invalid("lines[0].quantity", o -> line(o, 0).put("quantity", 10_001)),
                invalid("lines[0].unitPrice", o -> line(o, 0).put("unitPrice", -1)),
                invalid("lines[0].unitPrice", o -> line(o, 0).put("unitPrice", new BigDecimal("1.999"))),
                invalid("lines[1].lineId", o -> {
                    line(o, 0).put("lineId", "A");
                    line(o, 1).put("lineId", "A");
                }),
                invalid("externalId", o -> o.put("externalId", "x".repeat(129))),
                invalid("reservationId", o -> o.put("reservationId", "12345")));
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        ObjectNode request = anOrder();
        object(request, "customer").put("email", "nope");
        request.put("currency", "usd");
        line(request, 1).put("quantity", -1);

        Http.Response rejected = place(STOREFRONT, UUID.randomUUID().toString(), request);

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.json().get("errors")).extracting(e -> e.get("field").asString())
                .containsExactly("customer.email", "currency", "lines[1].quantity");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableRequests")
    void rejectsAnUnreadableRequestWith400AndStoresNothing(String what, String body, Map<String, String> headers) {
        Map<String, Integer> before = rowCounts();

        Http.Response rejected = http().post("/api/v1/orders", STOREFRONT, body, headers);

        assertThat(rejected.status()).as(rejected.text()).isEqualTo(400);
        assertThat(rejected.contentType()).startsWith("application/problem+json");
        assertThat(rowCounts()).isEqualTo(before);
    }

    static Stream<Arguments> unreadableRequests() {
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        String valid = anOrder().toString();
        ObjectNode fractional = anOrder();
        line(fractional, 0).put("quantity", 2.5);
        ObjectNode textQuantity = anOrder();
        line(textQuantity, 0).put("quantity", "two");
        return Stream.of(
                Arguments.of("no Idempotency-Key", valid, Map.of()),
                Arguments.of("blank Idempotency-Key", valid, Map.of("Idempotency-Key", " ")),
                Arguments.of("too long Idempotency-Key", valid, Map.of("Idempotency-Key", "k".repeat(129))),
                Arguments.of("malformed JSON", "{\"customer\": ", key),
                Arguments.of("no body", "", key),
                Arguments.of("an array", "[]", key),
                Arguments.of("a fractional quantity", fractional.toString(), key),
                Arguments.of("a text quantity", textQuantity.toString(), key));
    }

    @Test
    void namesAMissingIdempotencyKey() {
        Http.Response rejected = http().post("/api/v1/orders", STOREFRONT, anOrder().toString(), Map.of());

        assertThat(rejected.json().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
    }

    @Test
    void requiresAValidTokenWithTheWriteScope() {
        String key = UUID.randomUUID().toString();
        Map<String, Integer> before = rowCounts();

        assertThat(place(null, key, anOrder()).status()).isEqualTo(401);
        assertThat(place(TestJwt.expired("storefront", "orders:write"), key, anOrder()).status()).isEqualTo(401);
        assertThat(place(TestJwt.signedByStranger("storefront", "orders:write"), key, anOrder()).status())
                .isEqualTo(401);
        Http.Response forbidden = place(TestJwt.channel("storefront", "orders:read"), key, anOrder());
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.contentType()).startsWith("application/problem+json");
        assertThat(rowCounts()).isEqualTo(before);
    }

    private static Arguments invalid(String field, Consumer<ObjectNode> change) {
        return Arguments.of(field, change);
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
