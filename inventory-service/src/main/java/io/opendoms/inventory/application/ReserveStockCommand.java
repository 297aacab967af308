package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.ReservationLine;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Reserve every line of a routing decision, or nothing. {@code holdId}: the checkout hold the order was placed with
 * (null: none), whose units at the planned locations become the order's.
 */
public record ReserveStockCommand(UUID orderId, UUID decisionId, List<ReservationLine> lines, UUID holdId) {

    public ReserveStockCommand {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(decisionId, "decisionId");
        lines = List.copyOf(lines);
    }

    public ReserveStockCommand(UUID orderId, UUID decisionId, List<ReservationLine> lines) {
        this(orderId, decisionId, lines, null);
    }
}
