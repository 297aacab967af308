package io.opendoms.fulfillment.application;

/** What became of a webhook report. */
public enum WebhookOutcome {
    /** It moved the fulfillment order on. */
    ACCEPTED,
    /** Its event id was seen before: nothing was done. */
    DUPLICATE,
    /** Recorded in the history, but too late to change the status. */
    IGNORED,
    /** Its handling failed unexpectedly: stored in the inbox as FAILED, for ops to replay; nothing was done. */
    PARKED
}
