package io.opendoms.order.adapter.messaging;

import io.opendoms.order.application.PublishOrderEventsPort;
import io.opendoms.order.domain.Order;
import io.opendoms.platform.outbox.OutboxWriter;
import org.springframework.stereotype.Component;

@Component
class OrderEventsOutboxAdapter implements PublishOrderEventsPort {

    private final OutboxWriter outbox;
    private final OrderEventMapper mapper;

    OrderEventsOutboxAdapter(OutboxWriter outbox, OrderEventMapper mapper) {
        this.outbox = outbox;
        this.mapper = mapper;
    }

    @Override
    public void orderReceived(Order order) {
        outbox.append(mapper.toOrderReceived(order));
    }
}
