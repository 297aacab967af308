package io.opendoms.routing.adapter.messaging;

import io.opendoms.platform.outbox.OutboxWriter;
import io.opendoms.routing.application.port.out.RoutingEventsPort;
import io.opendoms.routing.domain.RoutingDecision;
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
    public void orderRouted(RoutingDecision decision) {
        outbox.append(mapper.toOrderRouted(decision));
    }

    @Override
    public void orderAllocated(RoutingDecision decision) {
        outbox.append(mapper.toOrderAllocated(decision));
    }
}
