package io.opendoms.fulfillment.application;

import java.time.Instant;

public interface ExpireUncollectedPickupsUseCase {

    /**
     * Cancels up to {@code limit} pickups ready at their counter since before {@code readySince} (nobody collected
     * them in time), longest waiting first, each announced {@code fulfillment.cancelled} without a cancellation id:
     * inventory releases their reservation, the order takes the units off. Returns how many it cancelled; a pickup
     * collected meanwhile is left alone.
     */
    int expire(Instant readySince, Instant now, int limit);
}
