package io.opendoms.order.application;

import io.opendoms.order.domain.FulfillmentLine;
import java.util.List;
import java.util.UUID;

public interface TrackFulfillmentUseCase {

    /** Applies a fulfillment event to its order; repeated or stale events change nothing. */
    void track(TrackFulfillmentCommand command);

    /** Takes units a location will not fulfil off its fulfillment and tells the timeline they are sourced again. */
    void unfilled(UnfilledUnitsCommand command);

    /** Units a location cancelled: off its fulfillment (the order counted them cancelled already). */
    void cancelled(UUID orderId, UUID fulfillmentId, String locationId, List<FulfillmentLine> lines, boolean byOrder);

    /** Units of a cancellation that could not be cancelled: the order counts them again, and says why. */
    void cancelRefused(UUID orderId, List<FulfillmentLine> lines, String reason);

    /** A return refunded units of the order. */
    void refunded(UUID orderId, UUID returnId, java.math.BigDecimal amount, List<FulfillmentLine> units);
}
