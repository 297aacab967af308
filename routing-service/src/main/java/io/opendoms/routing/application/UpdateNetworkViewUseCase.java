package io.opendoms.routing.application;

import io.opendoms.routing.engine.Item;
import io.opendoms.routing.engine.Location;

/** Keeps routing's view of locations, items and stock in step with inventory's events. */
public interface UpdateNetworkViewUseCase {

    void upsertLocation(Location location);

    void upsertItem(Item item);

    void updateStock(UpdateStockCommand command);
}
