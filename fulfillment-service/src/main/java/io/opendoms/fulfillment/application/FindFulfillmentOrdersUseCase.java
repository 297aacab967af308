package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.FulfillmentOrder;
import java.util.List;
import java.util.UUID;

public interface FindFulfillmentOrdersUseCase {

    /** Throws {@code NotFoundException} for an unknown id. */
    FulfillmentOrder byId(UUID fulfillmentId);

    List<FulfillmentOrder> byOrderId(UUID orderId);
}
