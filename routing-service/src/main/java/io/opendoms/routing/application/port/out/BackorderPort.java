package io.opendoms.routing.application.port.out;

import io.opendoms.routing.engine.OrderLine;
import io.opendoms.routing.engine.UnallocatedLine;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Line quantities of orders that settled decisions left unallocated, and which of them stock arrived for. */
public interface BackorderPort {

    /** Adds what a settled decision left unallocated to the order's backorders (checked as of {@code now}). */
    void add(UUID orderId, List<UnallocatedLine> lines, Instant now);

    /** Every backordered line quantity of the order, by line. */
    List<UnallocatedLine> forOrder(UUID orderId);

    /**
     * Orders, oldest first, with NO_STOCK backorders of a SKU whose stock routing's view saw change to available
     * since the backorder was last checked.
     */
    List<UUID> dueForRestock(int limit);

    /** The order's NO_STOCK backorders that are due (see {@link #dueForRestock}), as lines to source. */
    List<OrderLine> restockable(UUID orderId);

    /** The order's backorders were looked at now: only stock that changes after this makes them due again. */
    void markChecked(UUID orderId, Instant now);

    /** Cancels up to {@code units} backordered units of the line (whatever their reason); how many it did. */
    int cancel(UUID orderId, String lineId, int units);

    /** Takes line quantities off the order's NO_STOCK backorders: they are being sourced again. */
    void remove(UUID orderId, List<OrderLine> lines);
}
