package io.opendoms.routing.adapter.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A back-test's findings: {@code decided} are the decisions as they were taken, {@code backtested} the same
 * orders planned again under the changes; {@code difference} is backtested − decided; {@code biggestChanges} the
 * orders whose plan changed most.
 */
public record BacktestResponse(int decisions, int changedDecisions, Figures decided, Figures backtested,
                               Figures difference, List<Change> biggestChanges) {

    public record Figures(BigDecimal totalCost, double shipmentsPerOrder, double meanDistanceKm, int lateShipments,
                          int unallocatedUnits) {
    }

    public record Change(UUID orderId, UUID decisionId, BigDecimal costBefore, BigDecimal costAfter,
                         int shipmentsBefore, int shipmentsAfter, List<String> locationsBefore,
                         List<String> locationsAfter) {
    }
}
