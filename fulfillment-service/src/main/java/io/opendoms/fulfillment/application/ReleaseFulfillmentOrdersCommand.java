package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.FulfillmentLine;
import io.opendoms.fulfillment.domain.FulfillmentType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Release the planned shipments of an order's routing decision ({@code decisionId}, may be null). */
public record ReleaseFulfillmentOrdersCommand(UUID orderId, UUID decisionId, List<Shipment> shipments) {

    public record Shipment(String shipmentId, String locationId, FulfillmentType type, List<FulfillmentLine> lines,
                           String carrier, String service, LocalDate shipDate,
                           LocalDate promisedDeliveryDate) {
    }
}
