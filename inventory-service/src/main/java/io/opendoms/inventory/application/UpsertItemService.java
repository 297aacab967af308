package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.Item;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class UpsertItemService implements UpsertItemUseCase {

    private final ItemsPort items;
    private final PublishInventoryEventsPort events;

    UpsertItemService(ItemsPort items, PublishInventoryEventsPort events) {
        this.items = items;
        this.events = events;
    }

    @Override
    @Transactional
    public Upserted<Item> upsert(UpsertItemCommand command) {
        Item item = new Item(command.sku(), command.name(), command.weightKg(), command.returnable(),
                command.returnWindowDays(), command.dcOnly(), command.shipAlone());
        boolean created = items.save(item);
        events.itemUpserted(item);
        return new Upserted<>(item, created);
    }
}
