package io.opendoms.fulfillment.adapter.messaging;

import io.opendoms.events.Topics;
import io.opendoms.events.inventory.ReservationReleased;
import io.opendoms.fulfillment.application.ReleaseShortageUseCase;
import io.opendoms.platform.messaging.InboundEvents;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Shortages: units inventory released are taken off the fulfillment orders nobody picks yet. */
@Component
class InventoryReservationsListener {

    static final String CONSUMER = "fulfillment.inventory-reservations";

    private final InboundEvents inbound;
    private final ReleaseShortageUseCase shortage;
    private final FulfillmentEventMapper mapper;

    InventoryReservationsListener(InboundEvents inbound, ReleaseShortageUseCase shortage,
                                  FulfillmentEventMapper mapper) {
        this.inbound = inbound;
        this.shortage = shortage;
        this.mapper = mapper;
    }

    @KafkaListener(topics = Topics.INVENTORY_RESERVATIONS, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        inbound.batch(CONSUMER, records)
                .onEnvelope(ReservationReleased.class, (envelope, released) -> {
                    if (ReservationReleased.SHORTAGE.equals(released.reason())) {
                        shortage.release(mapper.toCommand(released, envelope.occurredAt()));
                    }
                })
                // one event per transaction: it locks fulfillment orders that webhooks lock too (ADR 0008)
                .run();
    }
}
