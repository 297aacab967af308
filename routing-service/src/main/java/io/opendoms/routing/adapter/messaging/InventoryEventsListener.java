package io.opendoms.routing.adapter.messaging;

import io.opendoms.events.Topics;
import io.opendoms.events.inventory.ItemUpserted;
import io.opendoms.events.inventory.LocationUpserted;
import io.opendoms.events.inventory.StockChanged;
import io.opendoms.platform.messaging.InboundEvents;
import io.opendoms.routing.application.UpdateNetworkViewUseCase;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps routing's network view from inventory's location, item and stock events. */
@Component
class InventoryEventsListener {

    static final String CONSUMER = "routing.inventory";

    private final InboundEvents inbound;
    private final UpdateNetworkViewUseCase view;
    private final RoutingEventMapper mapper;

    InventoryEventsListener(InboundEvents inbound, UpdateNetworkViewUseCase view, RoutingEventMapper mapper) {
        this.inbound = inbound;
        this.view = view;
        this.mapper = mapper;
    }

    @KafkaListener(topics = Topics.INVENTORY, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        inbound.batch(CONSUMER, records)
                .on(LocationUpserted.class, e ->
                        view.upsertLocation(Payloads.map("location", () -> mapper.toLocation(e))))
                .on(ItemUpserted.class, e -> view.upsertItem(Payloads.map("item", () -> mapper.toItem(e))))
                .on(StockChanged.class, e -> view.updateStock(Payloads.map("stock", () -> mapper.toCommand(e))))
                // upserts of the network view (reservation failures correct a few of its rows, one event at a time):
                // one transaction for the whole poll (ADR 0008)
                .inOneTransaction()
                .run();
    }
}
