package io.opendoms.routing.application.port.out;

import io.opendoms.routing.engine.Item;
import io.opendoms.routing.engine.Location;

/** Routing's own copy of the inventory network; each write replaces what was there (last writer wins). */
public interface UpdateNetworkViewPort {

    void saveLocation(Location location);

    void saveItem(Item item);

    void saveAvailable(String locationId, String sku, int available);
}
