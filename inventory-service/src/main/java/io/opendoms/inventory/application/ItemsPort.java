package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.Item;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** Where the item master is kept. */
public interface ItemsPort {

    Optional<Item> find(String sku);

    /** Which of these SKUs exist. */
    Set<String> existing(Collection<String> skus);

    /** Inserts or replaces; returns true when the item did not exist before. */
    boolean save(Item item);
}
