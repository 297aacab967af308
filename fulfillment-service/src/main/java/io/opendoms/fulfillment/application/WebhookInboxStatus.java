package io.opendoms.fulfillment.application;

/** What became of a webhook the inbox received. */
public enum WebhookInboxStatus {
    /** Stored, being handled (or the service stopped while handling it: replayable). */
    RECEIVED,
    /** Handled: it changed the fulfillment order. With IGNORED, the record that its partner's event id was seen. */
    APPLIED,
    /** Handled: recorded in the history, too late to change the status. */
    IGNORED,
    /** Its partner's event id was handled before (by another entry): acknowledged, nothing done. */
    DUPLICATE,
    /** Answered 4xx (malformed, invalid, unknown fulfillment order, conflicting with its status): nothing done. */
    REJECTED_INVALID,
    /** Its handling failed unexpectedly: nothing done, parked for ops to replay. */
    FAILED,
    /** Refused by the signature check (401): who it claimed to be and the verdict, never its body. */
    UNAUTHENTICATED;

    /** Whether its event was acted on: replaying it would be a conflict. */
    public boolean handled() {
        return this == APPLIED || this == IGNORED || this == DUPLICATE;
    }
}
