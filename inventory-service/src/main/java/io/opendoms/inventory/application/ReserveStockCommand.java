package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.ReservationLine;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Reserve every line of a routing decision, or nothing. */
public record ReserveStockCommand(UUID orderId, UUID decisionId, List<ReservationLine> lines) {

    public ReserveStockCommand {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(decisionId, "decisionId");
        lines = List.copyOf(lines);
    }
}
