package io.opendoms.returns.domain;

/** Where a return stands (api.md § Returns). */
public enum ReturnStatus {
    AUTHORIZED,
    IN_TRANSIT,
    RECEIVED,
    REFUNDED,
    REJECTED,
    CANCELLED
}
