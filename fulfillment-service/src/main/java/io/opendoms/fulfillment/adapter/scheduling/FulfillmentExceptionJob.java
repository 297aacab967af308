package io.opendoms.fulfillment.adapter.scheduling;

import io.opendoms.fulfillment.application.FulfillmentExceptionsUseCase;
import io.opendoms.fulfillment.config.FulfillmentExceptionProperties;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raises LATE and STUCK every {@code opendoms.fulfillment.exceptions.check-interval}, in batches. Its clock is its
 * own to inject, so tests move time instead of waiting.
 */
public class FulfillmentExceptionJob implements Runnable {

    static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(FulfillmentExceptionJob.class);

    private final FulfillmentExceptionsUseCase exceptions;
    private final FulfillmentExceptionProperties properties;
    private final Clock clock;

    public FulfillmentExceptionJob(FulfillmentExceptionsUseCase exceptions, FulfillmentExceptionProperties properties,
                                   Clock clock) {
        this.exceptions = exceptions;
        this.properties = properties;
        this.clock = clock;
    }

    /** Raises every LATE and STUCK that holds now; returns how many. */
    public int detectNow() {
        int total = 0;
        int raised;
        do {
            raised = exceptions.detect(clock.instant(), properties.stuckAfter(), BATCH);
            total += raised;
        } while (raised > 0);
        return total;
    }

    @Override
    public void run() {
        try {
            int raised = detectNow();
            if (raised > 0) {
                log.info("Raised {} fulfillment exceptions (LATE, STUCK)", raised);
            }
        } catch (RuntimeException e) {
            // the next run tries again; each batch is one transaction
            log.warn("Fulfillment exception detection failed; retrying at the next run", e);
        }
    }
}
