package io.opendoms.inventory.domain;

import java.time.Duration;

/** A hold TTL outside the configured bounds. */
public class InvalidTtlException extends RuntimeException {

    public InvalidTtlException(Duration ttl, Duration min, Duration max) {
        super("must be between %d and %d seconds, was %s".formatted(min.toSeconds(), max.toSeconds(),
                ttl == null ? "missing" : ttl.toSeconds()));
    }
}
