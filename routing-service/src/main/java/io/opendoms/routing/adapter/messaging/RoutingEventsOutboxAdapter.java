package io.opendoms.routing.adapter.messaging;

import io.opendoms.platform.outbox.OutboxWriter;
import io.opendoms.events.routing.OrderRouted;
import io.opendoms.routing.application.port.out.RoutingEventsPort;
import io.opendoms.routing.domain.RoutingDecision;
import io.opendoms.events.routing.OrderAllocated;
import io.opendoms.events.routing.UnitsCancelled;
import io.opendoms.routing.engine.OrderLine;
import io.opendoms.routing.engine.UnallocatedLine;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
class RoutingEventsOutboxAdapter implements RoutingEventsPort {

    private final OutboxWriter outbox;
    private final RoutingEventMapper mapper;

    RoutingEventsOutboxAdapter(OutboxWriter outbox, RoutingEventMapper mapper) {
        this.outbox = outbox;
        this.mapper = mapper;
    }

    @Override
    public void orderRouted(RoutingDecision decision, UUID holdId) {
        OrderRouted routed = mapper.toOrderRouted(decision);
        outbox.append(holdId == null ? routed : new OrderRouted(routed.orderId(), routed.decisionId(), routed.trigger(),
                routed.attempt(), routed.shipments(), routed.unallocated(), holdId));
    }

    @Override
    public void orderAllocated(RoutingDecision decision, List<UnallocatedLine> backordered) {
        OrderAllocated allocated = mapper.toOrderAllocated(decision);
        outbox.append(new OrderAllocated(allocated.orderId(), allocated.decisionId(), allocated.shipments(),
                allocated.unallocated(), backordered.stream().map(mapper::toEvent).toList()));
    }

    @Override
    public void unitsCancelled(UUID orderId, UUID cancellationId, List<OrderLine> sourced, List<OrderLine> byRouting) {
        outbox.append(new UnitsCancelled(orderId, cancellationId,
                sourced.stream().map(l -> new UnitsCancelled.Line(l.lineId(), l.sku(), l.quantity())).toList(),
                byRouting.stream().map(l -> new UnitsCancelled.Line(l.lineId(), l.sku(), l.quantity())).toList()));
    }
}
