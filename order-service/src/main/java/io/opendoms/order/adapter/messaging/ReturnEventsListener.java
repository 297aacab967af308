package io.opendoms.order.adapter.messaging;

import io.opendoms.events.Topics;
import io.opendoms.events.returns.ReturnRefunded;
import io.opendoms.order.application.TrackFulfillmentUseCase;
import io.opendoms.order.domain.FulfillmentLine;
import io.opendoms.platform.messaging.InboundEvents;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Refunds of returns show on the order: refundedAmount and the lines' returnedQuantity. */
@Component
class ReturnEventsListener {

    static final String CONSUMER = "order.return-events";

    private final InboundEvents inbound;
    private final TrackFulfillmentUseCase orders;

    ReturnEventsListener(InboundEvents inbound, TrackFulfillmentUseCase orders) {
        this.inbound = inbound;
        this.orders = orders;
    }

    @KafkaListener(topics = Topics.RETURNS, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        inbound.batch(CONSUMER, records)
                .on(ReturnRefunded.class, e -> orders.refunded(e.orderId(), e.returnId(), e.amount(),
                        e.lines().stream().map(l -> new FulfillmentLine(l.lineId(), l.quantity())).toList()))
                .run();
    }
}
