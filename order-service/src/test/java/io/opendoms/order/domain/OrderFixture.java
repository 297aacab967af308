package io.opendoms.order.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Valid orders to start tests from. */
public final class OrderFixture {

    public static final Instant T0 = Instant.parse("2026-11-22T18:00:00Z");

    public static OrderDraft aDraft() {
        return new OrderDraft("EXT-1",
                new Customer("ada@example.com", "Ada Lovelace"),
                new ShippingAddress("Ada Lovelace", "1 Main St", null, "New York", "NY", "10001", "US", 40.75, -73.99),
                "SHIP", null, "STANDARD", "USD",
                List.of(new OrderDraft.LineDraft(null, "SKU-1", 2, new BigDecimal("10.50")),
                        new OrderDraft.LineDraft(null, "SKU-2", 1, new BigDecimal("5"))),
                null);
    }

    public static OrderDraft withLines(OrderDraft.LineDraft... lines) {
        OrderDraft d = aDraft();
        return new OrderDraft(d.externalId(), d.customer(), d.shippingAddress(), d.deliveryMethod(),
                d.pickupLocationId(), d.serviceLevel(), d.currency(), new ArrayList<>(List.of(lines)),
                d.reservationId());
    }

    /** A received order whose lines "1" and "2" have the given quantities. */
    public static Order anOrder(int quantityOfLine1, int quantityOfLine2) {
        return Order.receive(UUID.randomUUID(), "storefront", withLines(
                new OrderDraft.LineDraft(null, "SKU-1", quantityOfLine1, new BigDecimal("10.50")),
                new OrderDraft.LineDraft(null, "SKU-2", quantityOfLine2, new BigDecimal("5"))).validate(), List.of(), T0);
    }

    /** A pickup order of lines "1" and "2" at store STORE-9. */
    public static Order aPickupOrder(int quantityOfLine1, int quantityOfLine2) {
        OrderDraft d = withLines(
                new OrderDraft.LineDraft(null, "SKU-1", quantityOfLine1, new BigDecimal("10.50")),
                new OrderDraft.LineDraft(null, "SKU-2", quantityOfLine2, new BigDecimal("5")));
        return Order.receive(UUID.randomUUID(), "storefront", new OrderDraft(d.externalId(), d.customer(),
                d.shippingAddress(), "PICKUP", "STORE-9", d.serviceLevel(), d.currency(), d.lines(),
                d.reservationId()).validate(), List.of(), T0);
    }

    public static FulfillmentUpdate update(UUID fulfillmentId, FulfillmentStatus status, FulfillmentLine... lines) {
        boolean shipped = status != FulfillmentStatus.RELEASED;
        return new FulfillmentUpdate(fulfillmentId, "DC-EAST", status, List.of(lines),
                "PARCEL_A", "GROUND", shipped ? "1Z999" : null, null);
    }

    public static FulfillmentLine line(String lineId, int quantity) {
        return new FulfillmentLine(lineId, quantity);
    }

    private OrderFixture() {
    }
}
