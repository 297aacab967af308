package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.FulfillmentOrder;
import java.time.Instant;

/** Tells the other services about fulfillment facts; commits with the caller's transaction. */
public interface PublishFulfillmentEventPort {

    void released(FulfillmentOrder fulfillmentOrder);

    void shipped(FulfillmentOrder fulfillmentOrder, Instant shippedAt);

    void delivered(FulfillmentOrder fulfillmentOrder, Instant deliveredAt);
}
