package io.opendoms.order.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Order-service's view of inventory's checkout holds. */
public interface CheckoutHoldsPort {

    /** A hold as last heard of: {@code ended} null while it lives (until {@code expiresAt}). */
    record KnownHold(UUID holdId, Instant expiresAt, String ended) {

        public boolean liveAt(Instant now) {
            return ended == null && now.isBefore(expiresAt);
        }
    }

    Optional<KnownHold> find(UUID holdId);

    void placed(UUID holdId, Instant expiresAt, Instant at);

    /** Records the end (the first one heard of stands); false when it was already recorded. */
    boolean ended(UUID holdId, String reason, UUID orderId, Instant at);
}
