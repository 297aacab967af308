package io.opendoms.events.order;

import io.opendoms.events.EventPayload;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order was captured (and is not on hold): it needs sourcing. */
public record OrderReceived(
        UUID orderId,
        String channel,
        String externalId,
        String customerEmail,
        ShipTo shipTo,
        String deliveryMethod,
        String serviceLevel,
        String pickupLocationId,
        UUID reservationId,
        String currency,
        List<Line> lines,
        Instant receivedAt) implements EventPayload {

    public record ShipTo(String postalCode, String country, Double latitude, Double longitude) {
    }

    public record Line(String lineId, String sku, int quantity, BigDecimal unitPrice) {
    }

    @Override
    public String eventKey() {
        return orderId.toString();
    }
}
