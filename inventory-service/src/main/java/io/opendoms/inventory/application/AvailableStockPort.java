package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.AvailableStock;
import java.util.Collection;
import java.util.List;

/** The read side of availability: one query, no entities, nothing locked. */
public interface AvailableStockPort {

    /** Stock rows of these SKUs with something available, at active locations, with their coordinates. */
    List<AvailableStock> findAvailable(Collection<String> skus);
}
