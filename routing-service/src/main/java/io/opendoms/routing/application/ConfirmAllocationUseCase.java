package io.opendoms.routing.application;

public interface ConfirmAllocationUseCase {

    /** Inventory reserved a decision: it settles the order, unless the decision is no longer current. */
    void confirm(ConfirmAllocationCommand command);
}
