package io.opendoms.events.routing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One shipment of a sourcing plan: a location, its lines and the chosen carrier service. */
public record PlannedShipment(
        String shipmentId,
        String locationId,
        String fulfillmentType,
        List<Line> lines,
        String carrier,
        String service,
        Double distanceKm,
        LocalDate shipDate,
        LocalDate promisedDeliveryDate,
        BigDecimal cost) {

    public record Line(String lineId, String sku, int quantity) {
    }
}
