package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.Item;

public interface UpsertItemUseCase {

    Upserted<Item> upsert(UpsertItemCommand command);
}
