package io.opendoms.routing.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One location's part of a plan. Pickup and curbside shipments have no carrier: their
 * {@code promisedDeliveryDate} is the day the order is ready at the location, and no zone or billable weight.
 */
public record Shipment(
        String shipmentId,
        String locationId,
        DeliveryMethod fulfillmentType,
        List<OrderLine> lines,
        String carrier,
        String service,
        Double distanceKm,
        Integer zone,
        BigDecimal billableKg,
        LocalDate shipDate,
        LocalDate promisedDeliveryDate,
        ShipmentCost cost,
        boolean late) {

    public Shipment {
        lines = List.copyOf(lines);
    }
}
