package io.opendoms.fulfillment.domain;

/** Why units were taken off a fulfillment order (see the {@code fulfillment.unfilled} contract event). */
public enum UnfilledReason {
    REJECTED, SHORT_PICKED, SHORTAGE
}
