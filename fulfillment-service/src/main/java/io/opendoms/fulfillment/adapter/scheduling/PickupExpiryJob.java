package io.opendoms.fulfillment.adapter.scheduling;

import io.opendoms.fulfillment.application.ExpireUncollectedPickupsUseCase;
import io.opendoms.fulfillment.config.PickupProperties;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cancels the pickups nobody collected within {@code opendoms.fulfillment.pickup.expiry}, in batches, every
 * {@code check-interval}. Its clock is its own to inject, so tests move time instead of waiting.
 */
public class PickupExpiryJob implements Runnable {

    static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(PickupExpiryJob.class);

    private final ExpireUncollectedPickupsUseCase expire;
    private final PickupProperties properties;
    private final Clock clock;

    public PickupExpiryJob(ExpireUncollectedPickupsUseCase expire, PickupProperties properties, Clock clock) {
        this.expire = expire;
        this.properties = properties;
        this.clock = clock;
    }

    /** Expires every pickup past its time now; returns how many. */
    public int expireNow() {
        Instant now = clock.instant();
        Instant readySince = now.minus(properties.expiry());
        int total = 0;
        int expired;
        do {
            expired = expire.expire(readySince, now, BATCH);
            total += expired;
        } while (expired == BATCH);
        return total;
    }

    @Override
    public void run() {
        try {
            int expired = expireNow();
            if (expired > 0) {
                log.info("Cancelled {} pickups not collected within {}", expired, properties.expiry());
            }
        } catch (RuntimeException e) {
            // the next run tries again; nothing is half done (one transaction per batch)
            log.warn("Pickup expiry failed; retrying at the next run", e);
        }
    }
}
