package io.opendoms.order.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A validated order request in canonical form: line ids assigned, prices at the currency's scale. Two
 * requests that mean the same order have equal {@code NewOrder}s, which idempotency relies on.
 */
public record NewOrder(
        String externalId,
        Customer customer,
        ShippingAddress shippingAddress,
        DeliveryMethod deliveryMethod,
        String pickupLocationId,
        ServiceLevel serviceLevel,
        String currency,
        List<NewLine> lines,
        UUID reservationId) {

    public NewOrder {
        lines = List.copyOf(lines);
    }

    public record NewLine(String lineId, String sku, int quantity, BigDecimal unitPrice) {
    }
}
