package io.opendoms.inventory.adapter.messaging;

import io.opendoms.events.Topics;
import io.opendoms.events.fulfillment.FulfillmentCancelled;
import io.opendoms.events.fulfillment.FulfillmentPickedUp;
import io.opendoms.events.fulfillment.FulfillmentShipped;
import io.opendoms.events.fulfillment.FulfillmentUnfilled;
import io.opendoms.inventory.application.ReleaseUnitsTakenOffUseCase;
import io.opendoms.inventory.application.DeductShippedStockUseCase;
import io.opendoms.platform.messaging.InboundEvents;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Shipped and picked-up units leave stock and their reservations; units taken off a fulfillment order (rejected,
 * short-picked, cancelled) leave their reservations. Once per event.
 */
@Component
class FulfillmentEventsListener {

    static final String CONSUMER = "inventory.fulfillment";

    private final InboundEvents inbound;
    private final DeductShippedStockUseCase deductShippedStock;
    private final FulfillmentEventMapper mapper;

    private final ReleaseUnitsTakenOffUseCase releaseTakenOff;

    FulfillmentEventsListener(InboundEvents inbound, DeductShippedStockUseCase deductShippedStock,
                              FulfillmentEventMapper mapper, ReleaseUnitsTakenOffUseCase releaseTakenOff) {
        this.releaseTakenOff = releaseTakenOff;
        this.inbound = inbound;
        this.deductShippedStock = deductShippedStock;
        this.mapper = mapper;
    }

    @KafkaListener(topics = Topics.FULFILLMENT, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        inbound.batch(CONSUMER, records)
                .on(FulfillmentShipped.class, event -> deductShippedStock.deduct(mapper.toCommand(event)))
                .on(FulfillmentUnfilled.class, event -> releaseTakenOff.release(mapper.toCommand(event)))
                .on(FulfillmentCancelled.class, event -> releaseTakenOff.release(mapper.toCommand(event)))
                .on(FulfillmentPickedUp.class, event -> deductShippedStock.deduct(mapper.toCommand(event)))
                .run();
    }
}
