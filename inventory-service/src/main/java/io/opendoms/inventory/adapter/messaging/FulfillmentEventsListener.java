package io.opendoms.inventory.adapter.messaging;

import io.opendoms.events.Topics;
import io.opendoms.events.fulfillment.FulfillmentShipped;
import io.opendoms.events.fulfillment.FulfillmentUnfilled;
import io.opendoms.inventory.application.ReleaseUnfilledUseCase;
import io.opendoms.inventory.application.DeductShippedStockUseCase;
import io.opendoms.platform.messaging.InboundEvents;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Shipped units leave stock and their reservations, once per event. */
@Component
class FulfillmentEventsListener {

    static final String CONSUMER = "inventory.fulfillment";

    private final InboundEvents inbound;
    private final DeductShippedStockUseCase deductShippedStock;
    private final FulfillmentEventMapper mapper;

    private final ReleaseUnfilledUseCase releaseUnfilled;

    FulfillmentEventsListener(InboundEvents inbound, DeductShippedStockUseCase deductShippedStock,
                              FulfillmentEventMapper mapper, ReleaseUnfilledUseCase releaseUnfilled) {
        this.releaseUnfilled = releaseUnfilled;
        this.inbound = inbound;
        this.deductShippedStock = deductShippedStock;
        this.mapper = mapper;
    }

    @KafkaListener(topics = Topics.FULFILLMENT, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        inbound.batch(CONSUMER, records)
                .on(FulfillmentShipped.class, event -> deductShippedStock.deduct(mapper.toCommand(event)))
                .on(FulfillmentUnfilled.class, event -> releaseUnfilled.release(mapper.toCommand(event)))
                .run();
    }
}
