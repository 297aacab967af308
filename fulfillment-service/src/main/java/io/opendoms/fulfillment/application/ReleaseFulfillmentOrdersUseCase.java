package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.FulfillmentOrder;
import java.util.List;

public interface ReleaseFulfillmentOrdersUseCase {

    /** Creates one fulfillment order per shipment not released before; returns the ones created now. */
    List<FulfillmentOrder> release(ReleaseFulfillmentOrdersCommand command);
}
