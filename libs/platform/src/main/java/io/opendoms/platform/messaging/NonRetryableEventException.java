package io.opendoms.platform.messaging;

/** A message that no retry can fix (malformed envelope or payload): it goes straight to the dead-letter topic. */
public class NonRetryableEventException extends RuntimeException {

    public NonRetryableEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public NonRetryableEventException(String message) {
        super(message);
    }
}
