package io.opendoms.order.application;

import io.opendoms.order.domain.Order;
import java.util.UUID;

/** Ops release an order held at capture: it is sourced as if it had just been received. */
public interface ReleaseOrderUseCase {

    /**
     * @throws io.opendoms.platform.web.NotFoundException for an unknown order
     * @throws io.opendoms.order.domain.OrderNotOnHoldException when the order is not on hold (nothing changes)
     */
    Order release(UUID orderId, String by, String note);
}
