package io.opendoms.events;

/** An envelope names a type this build does not know. */
public class UnknownEventTypeException extends IllegalArgumentException {

    public UnknownEventTypeException(String type) {
        super("Unknown event type: " + type);
    }
}
