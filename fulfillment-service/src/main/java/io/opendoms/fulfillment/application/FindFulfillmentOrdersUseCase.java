package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.fulfillment.domain.FulfillmentStatus;
import java.util.List;
import java.util.UUID;

public interface FindFulfillmentOrdersUseCase {

    /** Throws {@code NotFoundException} for an unknown id. */
    FulfillmentOrder byId(UUID fulfillmentId);

    List<FulfillmentOrder> byOrderId(UUID orderId);

    /** A location's fulfillment orders, of one status or all ({@code status} null), oldest first. */
    LoadFulfillmentOrderPort.Slice byLocation(String locationId, FulfillmentStatus status, int page, int size);

    /** The release deliveries of a fulfillment order with their attempts; {@code NotFoundException} for an unknown id. */
    List<ReleaseDeliveryPort.Delivery> deliveries(UUID fulfillmentId);
}
