package io.opendoms.order.domain;

import java.util.Collection;

/**
 * Statuses are a pure function of quantities, never of the order events arrived in: allocation, backorder
 * and shipment facts come from different topics and may be delivered in any order or more than once.
 */
public final class StatusRollUp {

    /**
     * Unit counts of a line, or summed over an order. {@code open} excludes cancelled units; the others
     * count units of {@code open} already in that state (a shipped unit is also allocated).
     */
    public record Quantities(int open, int allocated, int backordered, int shipped, int delivered) {

        Quantities plus(Quantities other) {
            return new Quantities(open + other.open, allocated + other.allocated, backordered + other.backordered,
                    shipped + other.shipped, delivered + other.delivered);
        }
    }

    public static LineStatus line(Quantities q) {
        if (q.open() == 0) {
            return LineStatus.CANCELLED; // nothing left to fulfil: every unit was cancelled
        }
        if (q.delivered() >= q.open()) {
            return LineStatus.DELIVERED;
        }
        if (q.shipped() >= q.open()) {
            return LineStatus.SHIPPED;
        }
        if (q.shipped() > 0) {
            return LineStatus.PARTIALLY_SHIPPED;
        }
        if (q.allocated() >= q.open()) {
            return LineStatus.ALLOCATED;
        }
        if (q.allocated() > 0) {
            return LineStatus.PARTIALLY_ALLOCATED;
        }
        if (q.backordered() > 0) {
            return LineStatus.BACKORDERED;
        }
        return LineStatus.OPEN;
    }

    /** The order's status is the line rule applied to the units of all its lines together. */
    public static OrderStatus order(Collection<Quantities> lines) {
        Quantities total = lines.stream().reduce(new Quantities(0, 0, 0, 0, 0), Quantities::plus);
        return switch (line(total)) {
            case OPEN -> OrderStatus.RECEIVED;
            case BACKORDERED -> OrderStatus.BACKORDERED;
            case PARTIALLY_ALLOCATED -> OrderStatus.PARTIALLY_ALLOCATED;
            case ALLOCATED -> OrderStatus.ALLOCATED;
            case PARTIALLY_SHIPPED -> OrderStatus.PARTIALLY_SHIPPED;
            case SHIPPED -> OrderStatus.SHIPPED;
            case DELIVERED -> OrderStatus.DELIVERED;
            case CANCELLED -> OrderStatus.CANCELLED;
        };
    }

    private StatusRollUp() {
    }
}
