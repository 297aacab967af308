package io.opendoms.events.returns;

import io.opendoms.events.EventPayload;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A return refunded units of an order, once per unit whatever its webhooks repeat: {@code amount} (in the order's
 * currency) for the {@code lines} of this refund. A return received in parts refunds each part; the order adds
 * them up ({@code refundedAmount}, lines' {@code returnedQuantity}). {@code refundId} is unique per refund.
 */
public record ReturnRefunded(
        UUID refundId,
        UUID returnId,
        UUID orderId,
        BigDecimal amount,
        String currency,
        List<Line> lines,
        Instant refundedAt) implements EventPayload {

    public record Line(String lineId, int quantity, BigDecimal amount) {
    }

    @Override
    public String eventKey() {
        return orderId.toString();
    }
}
