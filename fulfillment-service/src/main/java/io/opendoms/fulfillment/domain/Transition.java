package io.opendoms.fulfillment.domain;

import java.util.List;

/**
 * What a report that can take units off a fulfillment order did: the history entry it left, and the units it took
 * off ({@code unfilled}, empty when it took none; {@code reason} then says nothing). A cancellation's units do not
 * go back to routing: its {@code reason} is null, its {@code unfilled} the units cancelled.
 */
public record Transition(StatusChange change, UnfilledReason reason, List<FulfillmentLine> unfilled) {

    public Transition {
        unfilled = List.copyOf(unfilled);
    }

    static Transition of(StatusChange change) {
        return new Transition(change, null, List.of());
    }

    public boolean tookUnitsOff() {
        return !unfilled.isEmpty();
    }
}
