package io.opendoms.events.returns;

import io.opendoms.events.EventPayload;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A return (RMA) was authorized for the eligible {@code lines}: by mail with a prepaid label ({@code labelCarrier},
 * {@code labelTrackingNumber}), whose carrier scans fulfillment passes on ({@code fulfillment.return-label-scanned}),
 * or to a store ({@code storeLocationId}).
 */
public record ReturnAuthorized(
        UUID returnId,
        UUID orderId,
        String method,
        String storeLocationId,
        String labelCarrier,
        String labelTrackingNumber,
        List<Line> lines,
        BigDecimal refundAmount,
        String currency,
        Instant authorizedAt) implements EventPayload {

    public record Line(String lineId, String sku, int quantity) {
    }

    @Override
    public String eventKey() {
        return orderId.toString();
    }
}
