package io.opendoms.routing.adapter.messaging;

import io.opendoms.events.Topics;
import io.opendoms.events.order.OrderCancelled;
import io.opendoms.events.order.OrderReceived;
import io.opendoms.routing.application.HandleCancellationUseCase;
import io.opendoms.routing.engine.OrderLine;
import io.opendoms.platform.messaging.InboundEvents;
import io.opendoms.routing.application.RouteOrderCommand;
import io.opendoms.routing.application.RouteOrderUseCase;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class OrderEventsListener {

    static final String CONSUMER = "routing.orders";

    private final InboundEvents inbound;
    private final RouteOrderUseCase routeOrder;
    private final RoutingEventMapper mapper;

    private final HandleCancellationUseCase cancellations;

    OrderEventsListener(InboundEvents inbound, RouteOrderUseCase routeOrder, RoutingEventMapper mapper,
                        HandleCancellationUseCase cancellations) {
        this.cancellations = cancellations;
        this.inbound = inbound;
        this.routeOrder = routeOrder;
        this.mapper = mapper;
    }

    @KafkaListener(topics = Topics.ORDERS, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        inbound.batch(CONSUMER, records)
                .on(OrderReceived.class, e -> routeOrder.route(
                        Payloads.map("order", () -> new RouteOrderCommand(mapper.toRequest(e)))))
                .on(OrderCancelled.class, e -> cancellations.cancel(e.orderId(), e.cancellationId(),
                        Payloads.map("cancellation", () -> e.lines().stream()
                                .map(l -> new OrderLine(l.lineId(), l.sku(), l.quantity())).toList())))
                // each order inserts its own request and decision rows: one transaction for the whole poll (ADR 0008)
                .inOneTransaction()
                .run();
    }
}
