package io.opendoms.inventory.adapter.messaging;

import io.opendoms.events.Topics;
import io.opendoms.events.returns.ReturnRestocked;
import io.opendoms.inventory.application.RestockReturnedCommand;
import io.opendoms.inventory.application.RestockReturnedService;
import io.opendoms.platform.messaging.InboundEvents;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Returned units back on hand. */
@Component
class ReturnEventsListener {

    static final String CONSUMER = "inventory.returns";

    private final InboundEvents inbound;
    private final RestockReturnedService restock;

    ReturnEventsListener(InboundEvents inbound, RestockReturnedService restock) {
        this.inbound = inbound;
        this.restock = restock;
    }

    @KafkaListener(topics = Topics.RETURNS, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        inbound.batch(CONSUMER, records)
                .on(ReturnRestocked.class, e -> restock.restock(new RestockReturnedCommand(e.receiptId(),
                        e.orderId(), e.locationId(), e.receivedAt(), e.lines().stream()
                        .map(l -> new RestockReturnedCommand.Line(l.sku(), l.quantity())).toList())))
                .run();
    }
}
