package io.opendoms.fulfillment.application;

import java.util.UUID;

/** The order cancellations this service has applied, so that a re-sent one is not applied twice. */
public interface CancellationLogPort {

    /**
     * Records the cancellation in the caller's transaction; false when it was recorded before (then nothing is to be
     * done). A concurrent first record of the same one waits for this transaction, then sees it.
     */
    boolean firstTime(UUID orderId, UUID cancellationId);
}
