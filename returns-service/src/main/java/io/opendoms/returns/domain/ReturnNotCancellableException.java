package io.opendoms.returns.domain;

import java.util.UUID;

/** A return whose units are on their way (or already back) cannot be cancelled. */
public class ReturnNotCancellableException extends RuntimeException {

    public ReturnNotCancellableException(UUID id, ReturnStatus status) {
        super("Return " + id + " is " + status + ": only an AUTHORIZED return can be cancelled");
    }
}
