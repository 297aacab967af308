package io.opendoms.events.returns;

import io.opendoms.events.EventPayload;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Returned units inspected as resellable at {@code locationId}: inventory puts them back on hand there, once (the
 * event's id; {@code receiptId} names the receipt in the ledger).
 */
public record ReturnRestocked(
        UUID receiptId,
        UUID returnId,
        UUID orderId,
        String locationId,
        List<Line> lines,
        Instant receivedAt) implements EventPayload {

    public record Line(String lineId, String sku, int quantity) {
    }

    @Override
    public String eventKey() {
        return orderId.toString();
    }
}
