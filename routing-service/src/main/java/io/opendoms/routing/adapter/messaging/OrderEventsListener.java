package io.opendoms.routing.adapter.messaging;

import io.opendoms.events.Topics;
import io.opendoms.events.order.OrderReceived;
import io.opendoms.platform.messaging.InboundEvents;
import io.opendoms.routing.application.RouteOrderCommand;
import io.opendoms.routing.application.RouteOrderUseCase;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class OrderEventsListener {

    static final String CONSUMER = "routing.orders";

    private final InboundEvents inbound;
    private final RouteOrderUseCase routeOrder;
    private final RoutingEventMapper mapper;

    OrderEventsListener(InboundEvents inbound, RouteOrderUseCase routeOrder, RoutingEventMapper mapper) {
        this.inbound = inbound;
        this.routeOrder = routeOrder;
        this.mapper = mapper;
    }

    @KafkaListener(topics = Topics.ORDERS)
    void on(String message) {
        inbound.dispatch(CONSUMER, message)
                .on(OrderReceived.class, e -> routeOrder.route(
                        Payloads.map("order", () -> new RouteOrderCommand(mapper.toRequest(e)))))
                .run();
    }
}
