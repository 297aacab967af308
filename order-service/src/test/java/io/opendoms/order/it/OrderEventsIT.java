package io.opendoms.order.it;

import static io.opendoms.order.it.OrderRequests.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.Topics;
import io.opendoms.events.fulfillment.FulfillmentDelivered;
import io.opendoms.events.fulfillment.FulfillmentLine;
import io.opendoms.events.fulfillment.FulfillmentReleased;
import io.opendoms.events.fulfillment.FulfillmentShipped;
import io.opendoms.events.fulfillment.FulfillmentUnfilled;
import io.opendoms.events.returns.ReturnRefunded;
import io.opendoms.events.routing.OrderAllocated;
import io.opendoms.events.routing.PlannedShipment;
import io.opendoms.events.routing.UnallocatedLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The consumers of routing and fulfillment events; the order is lines "1" (2 units) and "2" (3 units). */
class OrderEventsIT extends OrderServiceIT {

    private static final LocalDate PROMISED = LocalDate.parse("2026-11-27");

    @Test
    void followsAnOrderFromAllocationToDelivery() {
        UUID orderId = placeOrder(STOREFRONT, anOrder());
        UUID fulfillmentId = UUID.randomUUID();

        publish(allocated(orderId, List.of()));
        awaitTimeline(orderId, "ALLOCATION_SETTLED", 1);
        publish(released(orderId, fulfillmentId, line("1", 2), line("2", 3)));
        JsonNode allocated = awaitStatus(orderId, "ALLOCATED");
        assertThat(allocated.get("lines")).extracting(l -> l.get("allocatedQuantity").asInt()).containsExactly(2, 3);
        assertThat(allocated.get("lines")).extracting(l -> l.get("status").asString())
                .containsOnly("ALLOCATED");
        JsonNode fulfillment = allocated.get("fulfillments").get(0);
        assertThat(fulfillment.get("fulfillmentId").asString()).isEqualTo(fulfillmentId.toString());
        assertThat(fulfillment.get("locationId").asString()).isEqualTo("DC-EAST");
        assertThat(fulfillment.get("status").asString()).isEqualTo("RELEASED");
        assertThat(fulfillment.get("promisedDeliveryDate").asString()).isEqualTo(PROMISED.toString());
        assertThat(fulfillment.get("lines")).extracting(l -> l.get("lineId").asString() + ":" + l.get("quantity"))
                .containsExactly("1:2", "2:3");

        publish(shipped(orderId, fulfillmentId, line("1", 2), line("2", 3)));
        JsonNode shipped = awaitStatus(orderId, "SHIPPED");
        assertThat(shipped.get("lines")).extracting(l -> l.get("shippedQuantity").asInt()).containsExactly(2, 3);
        assertThat(shipped.get("fulfillments").get(0).get("trackingNumber").asString())
                .isEqualTo("1Z" + fulfillmentId);
        assertThat(shipped.get("fulfillments").get(0).get("carrier").asString()).isEqualTo("PARCEL_A");

        publish(delivered(orderId, fulfillmentId, line("1", 2), line("2", 3)));
        JsonNode delivered = awaitStatus(orderId, "DELIVERED");
        assertThat(delivered.get("lines")).extracting(l -> l.get("deliveredQuantity").asInt()).containsExactly(2, 3);
        assertThat(delivered.get("fulfillments").get(0).get("status").asString()).isEqualTo("DELIVERED");

        assertThat(timeline(orderId)).extracting(e -> e.get("type").asString()).containsExactly(
                "ORDER_RECEIVED", "ALLOCATION_SETTLED", "FULFILLMENT_RELEASED", "STATUS_CHANGED",
                "FULFILLMENT_SHIPPED", "STATUS_CHANGED", "FULFILLMENT_DELIVERED", "STATUS_CHANGED");
        assertThat(timeline(orderId)).extracting(e -> e.get("detail").asString())
                .contains("RECEIVED -> ALLOCATED", "ALLOCATED -> SHIPPED", "SHIPPED -> DELIVERED");
    }

    @Test
    void showsUnallocatedUnitsAsBackordered() {
        UUID orderId = placeOrder(STOREFRONT, anOrder());

        publish(allocated(orderId, List.of(new UnallocatedLine("2", "SKU-2", 3, "NO_STOCK"))));
        publish(released(orderId, UUID.randomUUID(), line("1", 2)));

        JsonNode order = awaitStatus(orderId, "PARTIALLY_ALLOCATED");
        await().untilAsserted(() -> assertThat(order(orderId).get("lines"))
                .extracting(l -> l.get("status").asString() + "/" + l.get("backorderedQuantity").asInt())
                .containsExactly("ALLOCATED/0", "BACKORDERED/3"));
        assertThat(order.get("lines").get(1).get("allocatedQuantity").asInt()).isZero();
    }

    @Test
    void aRejectedShipmentIsSourcedAgainAndTheCustomerCanBeToldWhy() {
        UUID orderId = placeOrder(STOREFRONT, anOrder());
        UUID first = UUID.randomUUID();
        publish(allocated(orderId, List.of(new UnallocatedLine("2", "SKU-2", 3, "NO_STOCK"))));
        publish(released(orderId, first, line("1", 2)));
        awaitStatus(orderId, "PARTIALLY_ALLOCATED");

        publish(new FulfillmentUnfilled(first, orderId, "DC-EAST", FulfillmentUnfilled.REJECTED,
                List.of(line("1", 2)), "flooded", Instant.now()));
        awaitTimeline(orderId, "FULFILLMENT_UNFILLED", 1);
        assertThat(order(orderId).get("lines").get(0).get("allocatedQuantity").asInt()).isZero();

        // routing re-sources line 1 elsewhere; line 2 stays backordered (the whole backorder comes with it)
        UUID second = UUID.randomUUID();
        publish(new OrderAllocated(orderId, UUID.randomUUID(), List.of(), List.of(),
                List.of(new UnallocatedLine("2", "SKU-2", 3, "NO_STOCK"))));
        publish(released(orderId, second, line("1", 2)));
        await().untilAsserted(() -> assertThat(order(orderId).get("lines"))
                .extracting(l -> l.get("status").asString() + "/" + l.get("allocatedQuantity").asInt() + "/"
                        + l.get("backorderedQuantity").asInt())
                .containsExactly("ALLOCATED/2/0", "BACKORDERED/0/3"));
        assertThat(timeline(orderId)).extracting(e -> e.get("detail").asString()).contains(
                "DC-EAST turned the shipment down (flooded): line 1 ×2 are being sourced from another location");

        // stock arrives for line 2: its allocation clears the backorder
        publish(new OrderAllocated(orderId, UUID.randomUUID(), List.of(), List.of(), List.of()));
        publish(released(orderId, UUID.randomUUID(), line("2", 3)));
        awaitStatus(orderId, "ALLOCATED");
    }

    @Test
    void aReturnsRefundShowsOnTheOrderOnceWhateverRepeats() {
        UUID orderId = placeOrder(STOREFRONT, anOrder());
        EventEnvelope refunded = EventEnvelope.wrap(new ReturnRefunded(UUID.randomUUID(), UUID.randomUUID(), orderId,
                new BigDecimal("9.98"), "USD", List.of(new ReturnRefunded.Line("2", 2, new BigDecimal("9.98"))),
                Instant.now()), "it", Instant.now());

        publish(refunded);
        publish(refunded);
        awaitTimeline(orderId, "RETURN_REFUNDED", 1);
        publish(new ReturnRefunded(UUID.randomUUID(), UUID.randomUUID(), orderId, new BigDecimal("10.50"), "USD",
                List.of(new ReturnRefunded.Line("1", 1, new BigDecimal("10.50"))), Instant.now()));
        awaitTimeline(orderId, "RETURN_REFUNDED", 2);

        JsonNode order = order(orderId);
        assertThat(order.get("refundedAmount").decimalValue()).isEqualByComparingTo("20.48");
        assertThat(order.get("lines")).extracting(l -> l.get("returnedQuantity").asInt()).containsExactly(1, 2);
    }

    @Test
    void aDuplicateDeliveryChangesNothing() {
        UUID orderId = placeOrder(STOREFRONT, anOrder());
        UUID fulfillmentId = UUID.randomUUID();
        EventEnvelope allocation = publish(allocated(orderId, List.of()));
        publish(allocation);
        publish(released(orderId, fulfillmentId, line("1", 2), line("2", 3)));
        awaitStatus(orderId, "ALLOCATED");

        EventEnvelope shipment = publish(shipped(orderId, fulfillmentId, line("1", 2), line("2", 3)));
        publish(shipment);
        // behind the duplicates on the same partitions: once these are applied, the duplicates were handled
        publish(delivered(orderId, fulfillmentId, line("1", 2), line("2", 3)));
        publish(allocated(orderId, List.of()));
        awaitStatus(orderId, "DELIVERED");
        awaitTimeline(orderId, "ALLOCATION_SETTLED", 2);

        JsonNode order = order(orderId);
        assertThat(order.get("lines")).extracting(l -> l.get("shippedQuantity").asInt()).containsExactly(2, 3);
        List<String> types = new ArrayList<>();
        timeline(orderId).forEach(e -> types.add(e.get("type").asString()));
        assertThat(types).filteredOn("FULFILLMENT_SHIPPED"::equals).hasSize(1);
        assertThat(types).filteredOn("ALLOCATION_SETTLED"::equals).as("one per distinct event").hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from platform_inbox where event_id = ?", Integer.class,
                shipment.eventId())).isEqualTo(1);
    }

    @Test
    void convergesWhenTheShipmentOvertakesTheRelease() {
        UUID orderId = placeOrder(STOREFRONT, anOrder());
        UUID fulfillmentId = UUID.randomUUID();

        publish(shipped(orderId, fulfillmentId, line("1", 2), line("2", 3)));
        JsonNode shipped = awaitStatus(orderId, "SHIPPED");
        assertThat(shipped.get("lines")).extracting(l -> l.get("allocatedQuantity").asInt()).containsExactly(2, 3);
        assertThat(shipped.get("fulfillments").get(0).get("status").asString()).isEqualTo("SHIPPED");

        publish(released(orderId, fulfillmentId, line("1", 2), line("2", 3)));
        publish(allocated(orderId, List.of()));
        await().untilAsserted(() -> assertThat(order(orderId).get("fulfillments").get(0)
                .get("promisedDeliveryDate").asString()).isEqualTo(PROMISED.toString()));
        awaitTimeline(orderId, "ALLOCATION_SETTLED", 1);

        JsonNode order = order(orderId);
        assertThat(order.get("status").asString()).isEqualTo("SHIPPED");
        assertThat(order.get("fulfillments")).hasSize(1);
        assertThat(order.get("fulfillments").get(0).get("status").asString()).isEqualTo("SHIPPED");
        assertThat(order.get("lines")).extracting(l -> l.get("shippedQuantity").asInt()).containsExactly(2, 3);
    }

    @Test
    void parksAnEventForAnUnknownOrderInTheDeadLetterTopic() {
        UUID unknownOrder = UUID.randomUUID();

        publish(released(unknownOrder, UUID.randomUUID(), line("1", 1)));

        assertThat(KafkaRecords.awaitRecords(Topics.deadLetterOf(Topics.FULFILLMENT), unknownOrder.toString()))
                .hasSize(1);
    }

    static FulfillmentLine line(String lineId, int quantity) {
        return new FulfillmentLine(lineId, "SKU-" + lineId, quantity);
    }

    static OrderAllocated allocated(UUID orderId, List<UnallocatedLine> unallocated) {
        PlannedShipment shipment = new PlannedShipment("S1", "DC-EAST", "SHIP",
                List.of(new PlannedShipment.Line("1", "SKU-1", 2)), "PARCEL_A", "GROUND", 12.5,
                PROMISED.minusDays(3), PROMISED, new BigDecimal("8.40"));
        return new OrderAllocated(orderId, UUID.randomUUID(), List.of(shipment), unallocated);
    }

    static FulfillmentReleased released(UUID orderId, UUID fulfillmentId, FulfillmentLine... lines) {
        return new FulfillmentReleased(fulfillmentId, orderId, "DC-EAST", "SHIP", List.of(lines), "PARCEL_A",
                "GROUND", PROMISED);
    }

    static FulfillmentShipped shipped(UUID orderId, UUID fulfillmentId, FulfillmentLine... lines) {
        return new FulfillmentShipped(fulfillmentId, orderId, "DC-EAST", List.of(lines), "PARCEL_A", "GROUND",
                "1Z" + fulfillmentId, Instant.now());
    }

    static FulfillmentDelivered delivered(UUID orderId, UUID fulfillmentId, FulfillmentLine... lines) {
        return new FulfillmentDelivered(fulfillmentId, orderId, "DC-EAST", List.of(lines), "1Z" + fulfillmentId,
                Instant.now());
    }
}
