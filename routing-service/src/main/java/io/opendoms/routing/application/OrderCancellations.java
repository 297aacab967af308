package io.opendoms.routing.application;

import io.opendoms.routing.application.port.out.BackorderPort;
import io.opendoms.routing.application.port.out.CancellationPort;
import io.opendoms.routing.application.port.out.DecisionPort;
import io.opendoms.routing.application.port.out.RoutingEventsPort;
import io.opendoms.routing.domain.PendingCancellation;
import io.opendoms.routing.engine.OrderLine;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Applies cancellations of orders to what routing holds of them, in the transaction that locked the order: units
 * still backordered are cancelled here, units sourced are handed to fulfillment ({@code routing.units-cancelled}).
 * While a decision of the order waits for its reservation, its units are neither, so a cancellation waits too: when
 * the decision fails, the units come out of what it would re-plan; when it settles, they are sourced.
 */
@Component
class OrderCancellations {

    private final CancellationPort cancellations;
    private final DecisionPort decisions;
    private final BackorderPort backorders;
    private final RoutingEventsPort events;
    private final Clock clock;

    OrderCancellations(CancellationPort cancellations, DecisionPort decisions, BackorderPort backorders,
                       RoutingEventsPort events, Clock clock) {
        this.cancellations = cancellations;
        this.decisions = decisions;
        this.backorders = backorders;
        this.events = events;
        this.clock = clock;
    }

    /** A cancellation arrived (the order is locked): applied now, or when the order's decisions settle. */
    void received(UUID orderId, UUID cancellationId, List<OrderLine> lines) {
        PendingCancellation pending = new PendingCancellation(cancellationId, orderId, lines.stream()
                .filter(l -> l.quantity() > 0)
                .map(l -> new PendingCancellation.Line(l.lineId(), l.sku(), l.quantity(), 0)).toList());
        if (cancellations.add(pending, clock.instant())) {
            applyIfSettled(orderId);
        }
    }

    /**
     * A decision failed its reservation: cancelled units come out of the scope it would re-plan first (they were
     * never sourced). The scope that is left.
     */
    List<OrderLine> trim(UUID orderId, List<OrderLine> scope) {
        int[] left = scope.stream().mapToInt(OrderLine::quantity).toArray();
        for (PendingCancellation pending : cancellations.pending(orderId)) {
            List<PendingCancellation.Line> lines = new ArrayList<>();
            for (PendingCancellation.Line line : pending.lines()) {
                int taken = 0;
                for (int i = 0; i < left.length && taken < line.remaining(); i++) {
                    if (scope.get(i).lineId().equals(line.lineId())) {
                        int t = Math.min(left[i], line.remaining() - taken);
                        taken += t;
                        left[i] -= t;
                    }
                }
                lines.add(new PendingCancellation.Line(line.lineId(), line.sku(), line.remaining() - taken,
                        line.cancelledByRouting() + taken));
            }
            cancellations.update(new PendingCancellation(pending.cancellationId(), orderId, lines));
        }
        List<OrderLine> trimmed = new ArrayList<>();
        for (int i = 0; i < left.length; i++) {
            if (left[i] > 0) {
                OrderLine l = scope.get(i);
                trimmed.add(new OrderLine(l.lineId(), l.sku(), left[i]));
            }
        }
        return trimmed;
    }

    /** Applies the order's pending cancellations unless a decision of it waits for its reservation. */
    void applyIfSettled(UUID orderId) {
        List<PendingCancellation> waiting = cancellations.pending(orderId);
        if (waiting.isEmpty() || decisions.hasReserving(orderId)) {
            return;
        }
        for (PendingCancellation pending : waiting) {
            List<OrderLine> sourced = new ArrayList<>();
            List<OrderLine> byRouting = new ArrayList<>();
            for (PendingCancellation.Line line : pending.lines()) {
                int fromBackorder = backorders.cancel(orderId, line.lineId(), line.remaining());
                if (line.cancelledByRouting() + fromBackorder > 0) {
                    byRouting.add(new OrderLine(line.lineId(), line.sku(), line.cancelledByRouting() + fromBackorder));
                }
                if (line.remaining() > fromBackorder) {
                    sourced.add(new OrderLine(line.lineId(), line.sku(), line.remaining() - fromBackorder));
                }
            }
            events.unitsCancelled(orderId, pending.cancellationId(), sourced, byRouting);
            cancellations.remove(pending.cancellationId());
        }
    }
}
