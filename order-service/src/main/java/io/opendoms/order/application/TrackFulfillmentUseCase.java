package io.opendoms.order.application;

public interface TrackFulfillmentUseCase {

    /** Applies a fulfillment event to its order; repeated or stale events change nothing. */
    void track(TrackFulfillmentCommand command);
}
