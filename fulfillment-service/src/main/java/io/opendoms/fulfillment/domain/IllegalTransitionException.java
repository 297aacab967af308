package io.opendoms.fulfillment.domain;

/** A report that the fulfillment order's current status rules out (a rejection after shipping, anything after a
 * rejection or cancellation): nothing is changed; a conflict with the current state. */
public class IllegalTransitionException extends RuntimeException {

    private final FulfillmentStatus status;
    private final String event;

    public IllegalTransitionException(FulfillmentStatus status, String event) {
        super(event + " is not possible for a fulfillment order that is " + status);
        this.status = status;
        this.event = event;
    }

    /** With the rule that rules it out, when the status alone does not say it. */
    public IllegalTransitionException(FulfillmentStatus status, String event, String why) {
        super(event + " is not possible for a fulfillment order that is " + status + ": " + why);
        this.status = status;
        this.event = event;
    }

    public FulfillmentStatus status() {
        return status;
    }

    public String event() {
        return event;
    }
}
