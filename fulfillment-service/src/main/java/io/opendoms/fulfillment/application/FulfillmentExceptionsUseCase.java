package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.FulfillmentException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

public interface FulfillmentExceptionsUseCase {

    /**
     * Raises LATE and STUCK where they hold at {@code now}, for at most {@code limit} fulfillment orders of each
     * kind; returns how many were raised.
     */
    int detect(Instant now, Duration stuckAfter, int limit);

    FulfillmentExceptionsPort.Page list(Boolean open, int page, int size);

    /** Ops acknowledge an exception. 404 for an unknown id; an exception cleared already is returned as it is. */
    FulfillmentException clear(UUID exceptionId);
}
