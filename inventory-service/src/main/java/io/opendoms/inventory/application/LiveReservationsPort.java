package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.ReservedDrift;
import io.opendoms.inventory.domain.StockKey;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the live reservations hold per stock row, against what the rows record as reserved. */
public interface LiveReservationsPort {

    /** Stock rows whose reserved differs from their live reservations, optionally of one location and/or SKU. */
    List<ReservedDrift> drifts(String locationId, String sku, int limit);

    /** Units the live reservations hold per row (0 for a row without any); read while the rows are locked. */
    Map<StockKey, Integer> liveReserved(Set<StockKey> keys);
}
