package io.opendoms.inventory.application;

/** A count's {@code countedAt} that cannot be true: later than now (beyond the clock skew allowed), or absurdly old. */
public class InvalidCountedAtException extends RuntimeException {

    public InvalidCountedAtException(String message) {
        super(message);
    }
}
