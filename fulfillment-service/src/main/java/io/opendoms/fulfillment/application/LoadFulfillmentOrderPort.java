package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.fulfillment.domain.FulfillmentStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface LoadFulfillmentOrderPort {

    Optional<FulfillmentOrder> byId(UUID fulfillmentId);

    List<FulfillmentOrder> byOrderId(UUID orderId);

    /**
     * Loads and locks the fulfillment order until the transaction ends, so that concurrent reports about it
     * apply one after the other instead of losing one.
     */
    Optional<FulfillmentOrder> byIdForUpdate(UUID fulfillmentId);

    /** Like {@link #byIdForUpdate}, by the shipment's tracking number; the carrier matches case-insensitively. */
    Optional<FulfillmentOrder> byTrackingNumberForUpdate(String carrier, String trackingNumber);

    /** The fulfillment order that already uses a carrier's tracking number, if any. */
    Optional<UUID> idByTrackingNumber(String carrier, String trackingNumber);

    /** The order's fulfillment orders, locked like {@link #byIdForUpdate} (in one order, as every locker of many). */
    List<FulfillmentOrder> byOrderIdForUpdate(UUID orderId);

    /** Ids of pickups ready at their counter since before {@code cutoff}, longest waiting first, at most {@code limit}. */
    List<UUID> readyForPickupBefore(Instant cutoff, int limit);

    boolean existsForShipment(UUID orderId, String shipmentId);

    /** The fulfillment orders of a routing decision of an order at a location, locked like {@link #byIdForUpdate}. */
    List<FulfillmentOrder> byDecisionForUpdate(UUID orderId, UUID decisionId, String locationId);

    /**
     * A location's fulfillment orders (of one status, or all when {@code status} is null), oldest first: the work
     * a WMS without a release URL pulls.
     */
    Slice byLocation(String locationId, FulfillmentStatus status, int page, int size);

    record Slice(List<FulfillmentOrder> items, long totalItems) {
    }
}
