package io.opendoms.fulfillment.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The stored inbound webhooks. */
public interface WebhookInboxPort {

    void insert(WebhookInboxEntry entry);

    Optional<WebhookInboxEntry> byId(UUID id);

    /**
     * Marks the entry as the one that handles its partner's {@code eventId}, in the caller's transaction (so the
     * mark commits or rolls back with the handling). Throws {@link AlreadyHandledException} when the entry itself was
     * handled already (a concurrent replay waits for the first and then gets this), or another entry handled the same
     * partner's event id (a concurrent duplicate waits for the first transaction and then gets this).
     */
    void claim(UUID id, UUID eventId);

    /** {@code attempted}: the handling ran and rolled back (with the claim that counted the attempt). */
    void finish(UUID id, WebhookInboxStatus status, String detail, boolean attempted, Instant at);

    /** Records the HTTP answer; an entry still RECEIVED becomes {@code ifUnfinished}. */
    void answered(UUID id, int httpStatus, WebhookInboxStatus ifUnfinished, Instant at);

    /** Newest first. */
    List<WebhookInboxEntry> page(WebhookInboxStatus status, int page, int size);

    long count(WebhookInboxStatus status);

    /** See {@link #claim}. */
    class AlreadyHandledException extends RuntimeException {

        private final boolean sameEntry;

        public AlreadyHandledException(boolean sameEntry, String message) {
            super(message);
            this.sameEntry = sameEntry;
        }

        public boolean sameEntry() {
            return sameEntry;
        }
    }
}
