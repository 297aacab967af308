package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.FulfillmentOrder;

public interface RejectFulfillmentOrderUseCase {

    /**
     * Takes every unit off the fulfillment order and announces them unfilled (reason REJECTED). Throws
     * {@code NotFoundException} for an unknown id and {@code IllegalTransitionException} once it shipped or closed.
     */
    FulfillmentOrder reject(RejectFulfillmentOrderCommand command);
}
