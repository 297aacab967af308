package io.opendoms.inventory.adapter.messaging;

import io.opendoms.events.Topics;
import io.opendoms.events.routing.OrderRouted;
import io.opendoms.inventory.application.ReserveStockUseCase;
import io.opendoms.platform.messaging.InboundEvents;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reserves what routing decided, once per event. */
@Component
class RoutingEventsListener {

    static final String CONSUMER = "inventory.routing";

    private final InboundEvents inbound;
    private final ReserveStockUseCase reserveStock;
    private final RoutingEventMapper mapper;

    RoutingEventsListener(InboundEvents inbound, ReserveStockUseCase reserveStock, RoutingEventMapper mapper) {
        this.inbound = inbound;
        this.reserveStock = reserveStock;
        this.mapper = mapper;
    }

    @KafkaListener(topics = Topics.ROUTING, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        inbound.batch(CONSUMER, records)
                .on(OrderRouted.class, event -> reserveStock.reserve(mapper.toCommand(event)))
                .run();
    }
}
