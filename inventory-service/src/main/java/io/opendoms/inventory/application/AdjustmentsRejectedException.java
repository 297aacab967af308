package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.StockRuleViolation;
import java.util.List;

/** Adjustments that the stock rules refuse (on hand would go negative); nothing of the request was applied. */
public class AdjustmentsRejectedException extends RuntimeException {

    private final List<RejectedLine> lines;

    public AdjustmentsRejectedException(List<RejectedLine> lines) {
        super("Rejected adjustments: " + lines);
        this.lines = List.copyOf(lines);
    }

    public List<RejectedLine> lines() {
        return lines;
    }

    /** Line {@code index} (0-based) of the request, and why. */
    public record RejectedLine(int index, StockRuleViolation violation) {
    }
}
