package io.opendoms.routing.adapter.messaging;

import io.opendoms.platform.outbox.OutboxWriter;
import io.opendoms.events.routing.OrderRouted;
import io.opendoms.routing.application.port.out.RoutingEventsPort;
import io.opendoms.routing.domain.RoutingDecision;
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
    public void orderAllocated(RoutingDecision decision) {
        outbox.append(mapper.toOrderAllocated(decision));
    }
}
