package io.opendoms.order.adapter.messaging;

import io.opendoms.events.Topics;
import io.opendoms.events.routing.OrderAllocated;
import io.opendoms.order.application.RecordAllocationUseCase;
import io.opendoms.platform.messaging.InboundEvents;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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

    @KafkaListener(topics = Topics.ROUTING, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        inbound.batch(CONSUMER, records)
                .on(OrderAllocated.class, e -> recordAllocation.record(mapper.toCommand(e)))
                .run();
    }
}
