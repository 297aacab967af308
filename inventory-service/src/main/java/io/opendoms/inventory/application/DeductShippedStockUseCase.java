package io.opendoms.inventory.application;

public interface DeductShippedStockUseCase {

    /**
     * Consumes the order's ACTIVE reservations of each line at the location and takes the units off on hand and
     * reserved. Units shipped beyond what was reserved come off on hand only; nothing goes below zero.
     */
    void deduct(DeductShippedStockCommand command);
}
