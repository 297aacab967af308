package io.opendoms.order.adapter.messaging;

import io.opendoms.events.Topics;
import io.opendoms.events.inventory.HoldEnded;
import io.opendoms.events.inventory.HoldPlaced;
import io.opendoms.order.application.CheckoutHoldsService;
import io.opendoms.platform.messaging.InboundEvents;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Checkout holds, as orders may name them; every other type on the topic is skipped. */
@Component
class InventoryEventsListener {

    static final String CONSUMER = "order.checkout-holds";

    private final InboundEvents inbound;
    private final CheckoutHoldsService holds;

    InventoryEventsListener(InboundEvents inbound, CheckoutHoldsService holds) {
        this.inbound = inbound;
        this.holds = holds;
    }

    @KafkaListener(topics = Topics.INVENTORY_RESERVATIONS, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        inbound.batch(CONSUMER, records)
                .on(HoldPlaced.class, e -> holds.placed(e.holdId(), e.expiresAt()))
                .on(HoldEnded.class, e -> holds.ended(e.holdId(), e.reason(), e.orderId()))
                // a placed hold only inserts its own row: a run of them in one commit; an ended one may lock the
                // order that named it, and runs alone
                .inOneTransaction(HoldPlaced.class)
                .run();
    }
}
