package io.opendoms.routing.adapter.messaging;

import io.opendoms.events.Topics;
import io.opendoms.events.fulfillment.FulfillmentUnfilled;
import io.opendoms.platform.messaging.InboundEvents;
import io.opendoms.routing.application.HandleUnfilledCommand;
import io.opendoms.routing.application.HandleUnfilledUseCase;
import io.opendoms.routing.engine.OrderLine;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Units that locations hand back (rejected, short-picked, cut by a shortage) are sourced again. */
@Component
class FulfillmentEventsListener {

    static final String CONSUMER = "routing.fulfillment";

    private final InboundEvents inbound;
    private final HandleUnfilledUseCase unfilled;

    FulfillmentEventsListener(InboundEvents inbound, HandleUnfilledUseCase unfilled) {
        this.inbound = inbound;
        this.unfilled = unfilled;
    }

    @KafkaListener(topics = Topics.FULFILLMENT, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        inbound.batch(CONSUMER, records)
                .on(FulfillmentUnfilled.class, e -> unfilled.handle(Payloads.map("unfilled units", () ->
                        new HandleUnfilledCommand(e.orderId(), e.fulfillmentId(), e.locationId(), e.reason(),
                                e.lines().stream().map(l -> new OrderLine(l.lineId(), l.sku(), l.quantity()))
                                        .toList()))))
                .run();
    }
}
