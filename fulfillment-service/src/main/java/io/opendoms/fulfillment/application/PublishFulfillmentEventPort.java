package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.FulfillmentException;
import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.fulfillment.domain.Transition;
import io.opendoms.fulfillment.domain.FulfillmentLine;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Tells the other services about fulfillment facts; commits with the caller's transaction. */
public interface PublishFulfillmentEventPort {

    void released(FulfillmentOrder fulfillmentOrder);

    void shipped(FulfillmentOrder fulfillmentOrder, Instant shippedAt);

    void delivered(FulfillmentOrder fulfillmentOrder, Instant deliveredAt);

    /** Units were taken off the fulfillment order ({@code transition.unfilled()}), for routing to source again. */
    void unfilled(FulfillmentOrder fulfillmentOrder, Transition transition, String detail);

    /**
     * Units were cancelled off the fulfillment order ({@code transition.unfilled()}); {@code cancellationId} is the
     * order's cancellation, null for an uncollected pickup.
     */
    void cancelled(FulfillmentOrder fulfillmentOrder, UUID cancellationId, Transition transition);

    /** Units of an order's cancellation could not be cancelled, and why. */
    void cancelRefused(UUID orderId, UUID cancellationId, List<FulfillmentLine> lines, String reason);

    void readyForPickup(FulfillmentOrder fulfillmentOrder, Instant readyAt);

    void pickedUp(FulfillmentOrder fulfillmentOrder, Instant pickedUpAt);

    /** A carrier scanned a return's prepaid label. */
    void returnLabelScanned(ReturnLabelsPort.ReturnLabel label, String status, Instant occurredAt, String detail);

    void exceptionRaised(FulfillmentException exception);

    /** {@code clearedBy}: RESOLVED or ACKNOWLEDGED. */
    void exceptionCleared(FulfillmentException exception, String clearedBy);
}
