package io.opendoms.order.adapter.messaging;

import io.opendoms.order.application.PublishOrderEventsPort;
import io.opendoms.events.order.OrderCancelled;
import io.opendoms.order.domain.CancelledUnits;
import io.opendoms.order.domain.Order;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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

    @Override
    public void orderCancelled(Order order, UUID cancellationId, boolean wholeOrder, String reason,
                               List<CancelledUnits> cancelled, Instant at) {
        outbox.append(new OrderCancelled(order.getId(), cancellationId, wholeOrder, reason, cancelled.stream()
                .map(c -> new OrderCancelled.Line(c.lineId(), c.sku(), c.quantity())).toList(), at));
    }
}
