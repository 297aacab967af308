package io.opendoms.fulfillment.domain;

/** What went wrong with a fulfillment order, for the ops queue. */
public enum ExceptionKind {
    /** Not delivered (or collected) by the end of its promised delivery date (UTC). */
    LATE,
    /** The carrier reported an exception (status DELIVERY_EXCEPTION). */
    DELIVERY_EXCEPTION,
    /** The location refused it; open until ops acknowledge it. */
    REJECTED,
    /** Still open and not yet delivered, with no update for longer than the configured time. */
    STUCK
}
