package io.opendoms.inventory.adapter.messaging;

import io.opendoms.events.Topics;
import io.opendoms.events.fulfillment.FulfillmentShipped;
import io.opendoms.inventory.application.DeductShippedStockUseCase;
import io.opendoms.platform.messaging.InboundEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Shipped units leave stock and their reservations, once per event. */
@Component
class FulfillmentEventsListener {

    static final String CONSUMER = "inventory.fulfillment";

    private final InboundEvents inbound;
    private final DeductShippedStockUseCase deductShippedStock;
    private final FulfillmentEventMapper mapper;

    FulfillmentEventsListener(InboundEvents inbound, DeductShippedStockUseCase deductShippedStock,
                              FulfillmentEventMapper mapper) {
        this.inbound = inbound;
        this.deductShippedStock = deductShippedStock;
        this.mapper = mapper;
    }

    @KafkaListener(topics = Topics.FULFILLMENT)
    void on(String message) {
        inbound.dispatch(CONSUMER, message)
                .on(FulfillmentShipped.class, event -> deductShippedStock.deduct(mapper.toCommand(event)))
                .run();
    }
}
