package io.opendoms.order.application;

import io.opendoms.order.domain.Order;

public interface CancelOrderUseCase {

    /**
     * Cancels what was asked and tells the other services; the order after it.
     *
     * @throws io.opendoms.order.domain.CancelConflictException when a line asks for more than it can still cancel
     * @throws io.opendoms.platform.web.NotFoundException for an unknown order or another channel's
     */
    Order cancel(CancelOrderCommand command);
}
