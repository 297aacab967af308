package io.opendoms.inventory.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a checkout hold may reserve stock: a TTL within [{@code minTtl}, {@code maxTtl}]; {@code defaultTtl} for a
 * hold that names none.
 */
public record HoldPolicy(Duration minTtl, Duration maxTtl, Duration defaultTtl) {

    public HoldPolicy {
        Objects.requireNonNull(minTtl, "minTtl");
        Objects.requireNonNull(maxTtl, "maxTtl");
        if (minTtl.isNegative() || minTtl.isZero() || maxTtl.compareTo(minTtl) < 0) {
            throw new IllegalArgumentException("hold TTL bounds must satisfy 0 < min <= max: " + minTtl + ", " + maxTtl);
        }
        Objects.requireNonNull(defaultTtl, "defaultTtl");
        if (defaultTtl.compareTo(minTtl) < 0 || defaultTtl.compareTo(maxTtl) > 0) {
            throw new IllegalArgumentException("the default hold TTL " + defaultTtl + " is outside its bounds");
        }
    }

    /** {@code ttl}, or the default when it is null. */
    public Duration ttlOrDefault(Duration ttl) {
        return ttl == null ? defaultTtl : ttl;
    }

    /** @throws InvalidTtlException when {@code ttl} is outside the bounds */
    public Duration requireTtl(Duration ttl) {
        if (ttl == null || ttl.compareTo(minTtl) < 0 || ttl.compareTo(maxTtl) > 0) {
            throw new InvalidTtlException(ttl, minTtl, maxTtl);
        }
        return ttl;
    }
}
