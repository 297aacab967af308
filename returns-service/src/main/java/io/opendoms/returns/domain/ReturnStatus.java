package io.opendoms.returns.domain;

/** Where a return stands (api.md § Returns). */
public enum ReturnStatus {
    AUTHORIZED,
    IN_TRANSIT,
    RECEIVED,
    REFUNDED,
    REJECTED,
    CANCELLED;

    /** Whether its units still count against what may be returned (everything but a cancelled or rejected one). */
    public boolean holdsUnits() {
        return this != CANCELLED && this != REJECTED;
    }
}
