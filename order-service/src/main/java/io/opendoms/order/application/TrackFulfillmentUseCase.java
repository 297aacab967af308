package io.opendoms.order.application;

public interface TrackFulfillmentUseCase {

    /** Applies a fulfillment event to its order; repeated or stale events change nothing. */
    void track(TrackFulfillmentCommand command);

    /** Takes units a location will not fulfil off its fulfillment and tells the timeline they are sourced again. */
    void unfilled(UnfilledUnitsCommand command);
}
