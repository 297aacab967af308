package io.opendoms.fulfillment.adapter.messaging;

import io.opendoms.events.Topics;
import io.opendoms.events.inventory.LocationUpserted;
import io.opendoms.fulfillment.application.RecordLocationService;
import io.opendoms.fulfillment.domain.KnownLocation;
import io.opendoms.platform.messaging.InboundEvents;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Which partner reports on each location: the WMS webhook acts only for a location's own partner. */
@Component
class InventoryEventsListener {

    static final String CONSUMER = "fulfillment.inventory";

    private final InboundEvents inbound;
    private final RecordLocationService locations;

    InventoryEventsListener(InboundEvents inbound, RecordLocationService locations) {
        this.inbound = inbound;
        this.locations = locations;
    }

    @KafkaListener(topics = Topics.INVENTORY, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        inbound.batch(CONSUMER, records)
                .on(LocationUpserted.class, location -> locations.record(
                        new KnownLocation(location.locationId(), location.wmsPartnerId(),
                                location.timeZone())))
                // upserts of the location view only this consumer keeps: one transaction for the whole poll (ADR 0008)
                .inOneTransaction()
                .run();
    }
}
