package io.opendoms.routing.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in the routing ITs: the system's time, or from {@link #setTo} on a chosen instant that then
 * runs on with real time, so that rules of dates (cut-offs, ship dates, daily capacity) are tested on a known day.
 * Reset after every test.
 */
public final class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public void setTo(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service's clock is UTC");
    }
}
