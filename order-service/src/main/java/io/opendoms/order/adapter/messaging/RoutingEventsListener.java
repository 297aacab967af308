package io.opendoms.order.adapter.messaging;

import io.opendoms.events.Topics;
import io.opendoms.events.routing.OrderAllocated;
import io.opendoms.order.application.RecordAllocationUseCase;
import io.opendoms.platform.messaging.InboundEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class RoutingEventsListener {

    static final String CONSUMER = "order.routing-events";

    private final InboundEvents inbound;
    private final RecordAllocationUseCase recordAllocation;
    private final OrderEventMapper mapper;

    RoutingEventsListener(InboundEvents inbound, RecordAllocationUseCase recordAllocation, OrderEventMapper mapper) {
        this.inbound = inbound;
        this.recordAllocation = recordAllocation;
        this.mapper = mapper;
    }

    @KafkaListener(topics = Topics.ROUTING)
    void on(String message) {
        inbound.dispatch(CONSUMER, message)
                .on(OrderAllocated.class, e -> recordAllocation.record(mapper.toCommand(e)))
                .run();
    }
}
