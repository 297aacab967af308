package io.opendoms.routing.adapter.messaging;

import io.opendoms.platform.messaging.NonRetryableEventException;
import java.time.DateTimeException;
import java.util.function.Supplier;

final class Payloads {

    /**
     * Maps a decoded payload; values the domain cannot accept (an unknown enum name, time zone or time) will not
     * improve with retries, so the event goes straight to the dead-letter topic.
     */
    static <T> T map(String what, Supplier<T> mapping) {
        try {
            return mapping.get();
        } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
            throw new NonRetryableEventException("Invalid " + what + ": " + e.getMessage(), e);
        }
    }

    private Payloads() {
    }
}
