package io.opendoms.routing.application;

public interface HandleReservationFailureUseCase {

    /**
     * Inventory could not reserve a decision: the shortages correct the stock view and the order is planned
     * again without them, until the attempts run out and everything is left unallocated.
     */
    void handle(HandleReservationFailureCommand command);
}
