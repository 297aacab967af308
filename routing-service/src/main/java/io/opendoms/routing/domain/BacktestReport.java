package io.opendoms.routing.domain;

import io.opendoms.routing.engine.Plan;
import io.opendoms.routing.engine.Shipment;
import io.opendoms.routing.engine.UnallocatedLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * What a back-test found: the same figures for the decisions as they were taken and as planned again, and the
 * orders whose plan changed most (by cost, then by shipments).
 */
public record BacktestReport(int decisions, int changed, Figures decided, Figures backtested, List<Change> biggest) {

    public static final int BIGGEST = 10;

    /**
     * Totals over the decisions: {@code totalCost} of their plans, shipments per order, mean distance of a
     * shipment (km, carrier shipments only), late shipments, and units left unallocated.
     */
    public record Figures(BigDecimal totalCost, double shipmentsPerOrder, double meanDistanceKm, int lateShipments,
                          int unallocatedUnits) {
    }

    /** One order's plan before and after: cost, shipments and the locations shipping. */
    public record Change(UUID orderId, UUID decisionId, BigDecimal costBefore, BigDecimal costAfter,
                         int shipmentsBefore, int shipmentsAfter, List<String> locationsBefore,
                         List<String> locationsAfter) {

        BigDecimal costDelta() {
            return costAfter.subtract(costBefore);
        }
    }

    /** Accumulates plan pairs into a report. */
    public static final class Tally {

        private final Sums before = new Sums();
        private final Sums after = new Sums();
        private final List<Change> changes = new ArrayList<>();
        private int decisions;

        public void add(UUID orderId, UUID decisionId, Plan decided, Plan replayed) {
            decisions++;
            before.add(decided);
            after.add(replayed);
            if (!PlanComparison.samePlan(decided, replayed)) {
                changes.add(new Change(orderId, decisionId, decided.totalCost(), replayed.totalCost(),
                        decided.shipments().size(), replayed.shipments().size(), locations(decided),
                        locations(replayed)));
            }
        }

        public BacktestReport report() {
            List<Change> biggest = changes.stream()
                    .sorted(Comparator.comparing((Change c) -> c.costDelta().abs()).reversed()
                            .thenComparing(c -> -Math.abs(c.shipmentsAfter() - c.shipmentsBefore()))
                            .thenComparing(c -> c.orderId().toString()))
                    .limit(BIGGEST).toList();
            return new BacktestReport(decisions, changes.size(), before.figures(decisions),
                    after.figures(decisions), biggest);
        }

        private static List<String> locations(Plan plan) {
            return plan.shipments().stream().map(Shipment::locationId).toList();
        }
    }

    private static final class Sums {

        private BigDecimal cost = BigDecimal.ZERO;
        private int shipments;
        private int carrierShipments;
        private double distanceKm;
        private int late;
        private int unallocated;

        void add(Plan plan) {
            cost = cost.add(plan.totalCost());
            for (Shipment s : plan.shipments()) {
                shipments++;
                if (s.distanceKm() != null && s.carrier() != null) {
                    carrierShipments++;
                    distanceKm += s.distanceKm();
                }
                late += s.late() ? 1 : 0;
            }
            unallocated += plan.unallocated().stream().mapToInt(UnallocatedLine::quantity).sum();
        }

        Figures figures(int decisions) {
            return new Figures(cost, decisions == 0 ? 0 : round((double) shipments / decisions),
                    carrierShipments == 0 ? 0 : round(distanceKm / carrierShipments), late, unallocated);
        }

        private static double round(double value) {
            return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).doubleValue();
        }
    }
}
