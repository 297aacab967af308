package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.FulfillmentOrder;

/** Stores fulfillment orders together with their new history entries. */
public interface SaveFulfillmentOrderPort {

    void create(FulfillmentOrder fulfillmentOrder);

    void update(FulfillmentOrder fulfillmentOrder);
}
