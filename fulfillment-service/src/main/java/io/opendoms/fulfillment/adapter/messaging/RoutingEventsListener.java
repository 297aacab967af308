package io.opendoms.fulfillment.adapter.messaging;

import io.opendoms.events.Topics;
import io.opendoms.events.routing.OrderAllocated;
import io.opendoms.events.routing.UnitsCancelled;
import io.opendoms.fulfillment.application.CancelFulfillmentUnitsUseCase;
import io.opendoms.fulfillment.application.ReleaseFulfillmentOrdersUseCase;
import io.opendoms.platform.messaging.InboundEvents;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class RoutingEventsListener {

    static final String CONSUMER = "fulfillment.routing";

    private final InboundEvents inbound;
    private final ReleaseFulfillmentOrdersUseCase release;
    private final CancelFulfillmentUnitsUseCase cancel;
    private final FulfillmentEventMapper mapper;

    RoutingEventsListener(InboundEvents inbound, ReleaseFulfillmentOrdersUseCase release,
                          CancelFulfillmentUnitsUseCase cancel, FulfillmentEventMapper mapper) {
        this.inbound = inbound;
        this.release = release;
        this.cancel = cancel;
        this.mapper = mapper;
    }

    @KafkaListener(topics = Topics.ROUTING, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        inbound.batch(CONSUMER, records)
                .on(OrderAllocated.class, allocated -> release.release(mapper.toCommand(allocated)))
                // after the allocations that created its fulfillment orders: same topic, same key (architecture.md)
                .on(UnitsCancelled.class, cancelled -> cancel.cancel(mapper.toCommand(cancelled)))
                // each allocation inserts its own fulfillment orders: one transaction for the whole poll (ADR 0008).
                // It also takes each order's advisory lock, which the shortage consumer takes too — but that one
                // holds a single order's at a time, and one order's allocations are in one partition: no cycle.
                // A cancellation locks its order's fulfillment orders by shipment, as the shortage consumer does.
                .inOneTransaction()
                .run();
    }
}
