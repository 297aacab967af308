package io.opendoms.returns.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The lines of a captured order, as returns will price and check them. */
public record RecordOrderedLinesCommand(UUID orderId, String channel, String currency, List<Line> lines) {

    public record Line(String lineId, String sku, int quantity, BigDecimal unitPrice) {
    }
}
