package io.opendoms.fulfillment.application;

public interface CancelFulfillmentUnitsUseCase {

    /**
     * Takes the units off the order's fulfillment orders that are still released, newest first (one with nothing
     * left is cancelled), announcing each one touched ({@code fulfillment.cancelled}); the units of fulfillment orders
     * being picked, packed or waiting at the counter are asked of their location (the answer comes by webhook); the
     * rest (shipped, collected, or on no fulfillment order) is announced refused, with why
     * ({@code fulfillment.cancel-refused}). A cancellation is applied once: seen again, it changes nothing.
     */
    void cancel(CancelFulfillmentUnitsCommand command);
}
