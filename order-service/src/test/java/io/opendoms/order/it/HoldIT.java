package io.opendoms.order.it;

import static io.opendoms.order.it.OrderRequests.anOrder;
import static io.opendoms.order.it.OrderRequests.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.Topics;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Hold rules, orders held at capture, and their release (api.md § Orders). */
class HoldIT extends OrderServiceIT {

    private static final String NO_RULES = """
            {"blockedEmailDomains": [], "servedCountries": []}""";

    @AfterEach
    void noRules() {
        // every IT shares this service: the next test's orders must not be held by these rules
        assertThat(http().put("/api/v1/orders/hold-rules", OPS, NO_RULES).status()).isEqualTo(200);
    }

    private int outboxed(String type, UUID orderId) {
        return jdbc.queryForObject("select count(*) from platform_outbox where event_type = ? and event_key = ?",
                Integer.class, type, orderId.toString());
    }

    @Test
    void rulesAreVersionedAndReadBack() {
        long before = http().get("/api/v1/orders/hold-rules", OPS).json().get("version").asLong();

        Http.Response put = http().put("/api/v1/orders/hold-rules", OPS, """
                {"maxOrderTotal": 2500.00, "maxUnitsPerSku": 20, "blockedEmailDomains": ["Fraud.Example"],
                 "servedCountries": ["US", "CA"]}""");

        assertThat(put.status()).as(put.text()).isEqualTo(200);
        JsonNode read = http().get("/api/v1/orders/hold-rules", OPS).json();
        assertThat(read.get("version").asLong()).isEqualTo(before + 1).isEqualTo(put.json().get("version").asLong());
        assertThat(read.get("maxOrderTotal").decimalValue()).isEqualByComparingTo("2500");
        assertThat(read.get("maxUnitsPerSku").asInt()).isEqualTo(20);
        assertThat(read.get("blockedEmailDomains").toString()).isEqualTo("[\"fraud.example\"]");
        assertThat(read.get("servedCountries").toString()).isEqualTo("[\"US\",\"CA\"]");
        assertThat(read.get("updatedBy").asString()).isEqualTo("ops");
        assertThat(jdbc.queryForObject("select count(*) from hold_rules where version = ?", Integer.class,
                read.get("version").asLong())).as("kept in the database, so across restarts").isOne();
    }

    @Test
    void anInvalidDocumentNamesEveryBadFieldAndTheRulesInForceStay() {
        http().put("/api/v1/orders/hold-rules", OPS, """
                {"maxUnitsPerSku": 5, "blockedEmailDomains": [], "servedCountries": []}""");
        JsonNode inForce = http().get("/api/v1/orders/hold-rules", OPS).json();

        Http.Response bad = http().put("/api/v1/orders/hold-rules", OPS, """
                {"maxOrderTotal": -5, "maxUnitsPerSku": 0, "blockedEmailDomains": ["no spaces.com"],
                 "servedCountries": ["USA"]}""");

        assertThat(bad.status()).as(bad.text()).isEqualTo(422);
        assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactly("maxOrderTotal",
                "maxUnitsPerSku", "blockedEmailDomains[0]", "servedCountries[0]");
        assertThat(http().get("/api/v1/orders/hold-rules", OPS).json()).isEqualTo(inForce);
        assertThat(http().put("/api/v1/orders/hold-rules", OPS, "{\"servedCountries\": []}").status())
                .as("blockedEmailDomains missing").isEqualTo(400);
        assertThat(http().put("/api/v1/orders/hold-rules", OPS, "{nope").status()).isEqualTo(400);
        assertThat(http().get("/api/v1/orders/hold-rules", OPS).json()).isEqualTo(inForce);
    }

    @Test
    void onlyOpsReadAndChangeTheRules() {
        assertThat(http().get("/api/v1/orders/hold-rules", STOREFRONT).status()).isEqualTo(403);
        assertThat(http().put("/api/v1/orders/hold-rules", STOREFRONT, NO_RULES).status()).isEqualTo(403);
        assertThat(http().get("/api/v1/orders/hold-rules", null).status()).isEqualTo(401);
    }

    @Test
    void anOrderBreakingARuleIsHeldAndNotSourcedUntilReleased() {
        http().put("/api/v1/orders/hold-rules", OPS, """
                {"maxOrderTotal": 30, "blockedEmailDomains": [], "servedCountries": []}""");
        ObjectNode order = anOrder();
        ((ObjectNode) order.get("lines").get(0)).put("quantity", 5); // 5 × 10.50 + 3 × 5 = 67.50

        Http.Response placed = place(STOREFRONT, UUID.randomUUID().toString(), order);

        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        UUID orderId = UUID.fromString(placed.json().get("id").asString());
        assertThat(placed.json().get("status").asString()).isEqualTo("ON_HOLD");
        assertThat(placed.json().get("holdReasons").get(0).get("rule").asString()).isEqualTo("ORDER_TOTAL_OVER_LIMIT");
        assertThat(placed.json().get("holdReasons").get(0).get("detail").asString())
                .isEqualTo("Order total 67.50 USD is above the limit of 30");
        assertThat(outboxed("order.received", orderId)).as("nothing routes a held order").isZero();
        assertThat(timeline(orderId).findValuesAsString("type")).containsExactly("ORDER_RECEIVED", "PUT_ON_HOLD");
        assertThat(http().get("/api/v1/orders?status=ON_HOLD&size=100", OPS).json().get("items")
                .findValuesAsString("id")).contains(orderId.toString());

        Http.Response released = http().post("/api/v1/orders/" + orderId + "/release", OPS,
                "{\"note\": \"called the customer\"}", Map.of());

        assertThat(released.status()).as(released.text()).isEqualTo(200);
        assertThat(released.json().get("status").asString()).isEqualTo("RECEIVED");
        assertThat(released.json().get("holdReasons")).isEmpty();
        EventEnvelope received = KafkaRecords.awaitEnvelope(Topics.ORDERS, orderId.toString());
        assertThat(received.type()).isEqualTo("order.received");
        assertThat(timeline(orderId).get(2).get("detail").asString())
                .isEqualTo("Released from hold by ops (called the customer); sourcing starts");

        Http.Response again = http().post("/api/v1/orders/" + orderId + "/release", OPS, "{}", Map.of());
        assertThat(again.status()).as("released once").isEqualTo(409);
        assertThat(outboxed("order.received", orderId)).isOne();
    }

    @Test
    void aUsPostalCodeThatDoesNotExistHoldsTheOrder() {
        ObjectNode order = anOrder();
        object(order, "shippingAddress").put("postalCode", "00000").remove(List.of("latitude", "longitude"));

        Http.Response placed = place(STOREFRONT, UUID.randomUUID().toString(), order);

        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        assertThat(placed.json().get("status").asString()).isEqualTo("ON_HOLD");
        assertThat(placed.json().get("holdReasons").findValuesAsString("rule")).containsExactly("UNKNOWN_POSTAL_CODE");
    }

    @Test
    void aZipWithoutACensusAreaIsNotHeld() {
        ObjectNode order = anOrder();
        object(order, "shippingAddress").put("postalCode", "30301").put("city", "Atlanta").put("region", "GA")
                .remove(List.of("latitude", "longitude"));

        assertThat(place(STOREFRONT, UUID.randomUUID().toString(), order).json().get("status").asString())
                .isEqualTo("RECEIVED");
    }

    @Test
    void releaseAnswersForUnknownOrdersAndNeedsOps() {
        assertThat(http().post("/api/v1/orders/" + UUID.randomUUID() + "/release", OPS, "{}", Map.of()).status())
                .isEqualTo(404);
        UUID received = placeOrder(STOREFRONT, anOrder());
        assertThat(http().post("/api/v1/orders/" + received + "/release", OPS, "{}", Map.of()).status())
                .as("not on hold").isEqualTo(409);
        assertThat(http().post("/api/v1/orders/" + received + "/release", STOREFRONT, "{}", Map.of()).status())
                .isEqualTo(403);
    }
}
