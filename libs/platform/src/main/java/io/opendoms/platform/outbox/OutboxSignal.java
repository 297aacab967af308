package io.opendoms.platform.outbox;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Lets a commit that appended wake the relay instead of waiting for its next poll. */
public final class OutboxSignal {

    private final Semaphore permits = new Semaphore(0);

    public void wake() {
        if (permits.availablePermits() == 0) {
            permits.release();
        }
    }

    /** Waits for a wake-up or the timeout; false when interrupted. */
    boolean await(Duration timeout) {
        try {
            permits.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
            permits.drainPermits();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
