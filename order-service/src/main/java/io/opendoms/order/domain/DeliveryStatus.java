package io.opendoms.order.domain;

/** Where one notification to one subscription stands. */
public enum DeliveryStatus {
    /** Waiting for its next attempt. */
    PENDING,
    /** The endpoint answered 2xx. */
    DELIVERED,
    /** Given up after the retry period; ops or the channel may send it again. */
    FAILED
}
