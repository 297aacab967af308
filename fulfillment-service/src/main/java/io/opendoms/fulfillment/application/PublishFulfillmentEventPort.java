package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.fulfillment.domain.Transition;
import java.time.Instant;

/** Tells the other services about fulfillment facts; commits with the caller's transaction. */
public interface PublishFulfillmentEventPort {

    void released(FulfillmentOrder fulfillmentOrder);

    void shipped(FulfillmentOrder fulfillmentOrder, Instant shippedAt);

    void delivered(FulfillmentOrder fulfillmentOrder, Instant deliveredAt);

    /** Units were taken off the fulfillment order ({@code transition.unfilled()}), for routing to source again. */
    void unfilled(FulfillmentOrder fulfillmentOrder, Transition transition, String detail);
}
