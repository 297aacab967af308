package io.opendoms.inventory.support;

import io.opendoms.events.routing.OrderRouted;
import io.opendoms.events.routing.PlannedShipment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Routing decisions as inventory receives them, for tests that reserve through the normal path. */
public final class RoutingDecisions {

    private RoutingDecisions() {
    }

    public static OrderRouted decision(UUID orderId, PlannedShipment... shipments) {
        return new OrderRouted(orderId, UUID.randomUUID(), "ORDER_RECEIVED", 1, List.of(shipments), List.of());
    }

    public static PlannedShipment from(String locationId, PlannedShipment.Line... lines) {
        return new PlannedShipment(UUID.randomUUID().toString(), locationId, "SHIP", List.of(lines), "PARCEL_A",
                "GROUND", 12.5, LocalDate.now(), LocalDate.now().plusDays(3), new BigDecimal("9.90"));
    }

    public static PlannedShipment.Line units(String lineId, String sku, int quantity) {
        return new PlannedShipment.Line(lineId, sku, quantity);
    }
}
