package io.opendoms.returns.adapter.messaging;

import io.opendoms.events.Topics;
import io.opendoms.events.inventory.ItemUpserted;
import io.opendoms.events.inventory.LocationUpserted;
import io.opendoms.platform.messaging.InboundEvents;
import io.opendoms.returns.application.RecordInventoryViewsService;
import io.opendoms.returns.domain.ItemReturnPolicy;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Items' return rules and the locations that take returns, from inventory; every other type is skipped. */
@Component
class InventoryEventsListener {

    static final String CONSUMER = "returns.inventory";

    private final InboundEvents inbound;
    private final RecordInventoryViewsService views;

    InventoryEventsListener(InboundEvents inbound, RecordInventoryViewsService views) {
        this.inbound = inbound;
        this.views = views;
    }

    @KafkaListener(topics = Topics.INVENTORY, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        inbound.batch(CONSUMER, records)
                .on(ItemUpserted.class, item -> views.item(new ItemReturnPolicy(item.sku(), item.returnable(),
                        item.returnWindowDays())))
                .on(LocationUpserted.class, location -> views.location(location.locationId(), location.capabilities(),
                        location.active(), location.wmsPartnerId()))
                // upserts of the latest figures, one row per key: a whole poll in one transaction (ADR 0008)
                .inOneTransaction()
                .run();
    }
}
