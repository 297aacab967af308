package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.ReservedDrift;
import java.util.List;

/**
 * Ops' check of the reservation bookkeeping: {@code reserved} of every stock row against the sum of its live
 * reservations. A drift is a bug or a repair done by hand; the report names each row, a repair sets reserved to
 * the live sum under the row's lock, records it in the ledger and publishes the new figures.
 */
public interface ReconcileReservedStockUseCase {

    /** At most this many rows per report or repair; the report says when there are more. */
    int MAX_ROWS = 1000;

    Reconciliation report(String locationId, String sku);

    /** Repairs the drifting rows (each one checked again under its lock) and reports what it changed. */
    Reconciliation repair(String locationId, String sku, String actor);

    /** The rows found drifting (repaired ones: as found before the repair); {@code more} when the limit cut it. */
    record Reconciliation(List<ReservedDrift> drifts, boolean repaired, boolean more) {
    }
}
