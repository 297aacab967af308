package io.opendoms.routing.application.port.out;

import io.opendoms.routing.engine.Item;
import io.opendoms.routing.engine.Location;

/** Routing's own copy of the inventory network; each write replaces what was there (last writer wins). */
public interface UpdateNetworkViewPort {

    void saveLocation(Location location);

    void saveItem(Item item);

    void saveAvailable(String locationId, String sku, int available);

    /**
     * Takes units a decision is about to reserve off the view's available stock until inventory's next figure
     * replaces it, so that decisions taken right after (restocks, oldest order first) do not count on the same
     * units. Not a change of stock: the row's update time stays.
     */
    void setAside(String locationId, String sku, int quantity);
}
