package io.opendoms.returns.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The lines one fulfillment order delivered. */
public record RecordDeliveredLinesCommand(UUID orderId, UUID fulfillmentId, Instant deliveredAt, List<Line> lines) {

    public record Line(String lineId, String sku, int quantity) {
    }
}
