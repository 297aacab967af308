package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.FulfillmentOrder.PickedLine;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Shortage releases that arrived before their fulfillment order: inventory's release and routing's allocation
 * travel on different topics, so either may come first.
 */
public interface PendingShortagePort {

    /**
     * Serialises, until the transaction ends, everything that creates or shrinks the fulfillment orders of
     * {@code orderId}: a release that finds no fulfillment order and a release of the allocation must not miss
     * each other.
     */
    void lockOrder(UUID orderId);

    void remember(UUID orderId, UUID decisionId, String locationId, List<PendingLine> lines, Instant occurredAt);

    /** Removes and returns what is pending for the decision's lines {@code lineIds} at the location. */
    List<PickedLine> take(UUID orderId, UUID decisionId, String locationId, Collection<String> lineIds);

    record PendingLine(String lineId, String sku, int quantity) {
    }
}
