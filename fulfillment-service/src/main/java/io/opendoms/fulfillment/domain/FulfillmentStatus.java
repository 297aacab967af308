package io.opendoms.fulfillment.domain;

/**
 * Lifecycle of a fulfillment order. Statuses only move forward along {@link #stage}; webhooks arrive late,
 * twice and out of order, so an older fact must never pull a fulfillment order back.
 * {@link #DELIVERY_EXCEPTION} sits beside the carrier stages rather than on them (see {@link FulfillmentOrder}).
 * {@link #REJECTED} and {@link #CANCELLED} are off the ladder: the location fulfils nothing of it any more, and
 * no later report may revive it (see {@link #isClosed()}).
 */
public enum FulfillmentStatus {
    RELEASED(0),
    PICKING(1),
    PACKED(2),
    SHIPPED(3),
    IN_TRANSIT(4),
    OUT_FOR_DELIVERY(5),
    DELIVERY_EXCEPTION(5),
    DELIVERED(6),
    /**
     * A pickup or curbside order waits at the store's counter for its customer: beside the carrier stages (no
     * carrier report moves it), left only by the store's pick-up action or by expiry.
     */
    READY_FOR_PICKUP(3),
    /** The customer collected a pickup or curbside order: its units left the store, like a delivery. */
    PICKED_UP(6),
    /** The location refused it (REJECTED webhook, the store's reject action, or a short pick of nothing). */
    REJECTED(-1),
    /**
     * Every unit was taken off it before picking started (inventory released them for a shortage, or the order
     * cancelled them), or a pickup was not collected in time.
     */
    CANCELLED(-1);

    private final int stage;

    FulfillmentStatus(int stage) {
        this.stage = stage;
    }

    int stage() {
        return stage;
    }

    /** Delivered or picked up: later reports are stragglers, recorded and ignored. */
    public boolean isTerminal() {
        return this == DELIVERED || this == PICKED_UP;
    }

    /** Rejected or cancelled: the units went back to routing; any later report is a conflict (409). */
    public boolean isClosed() {
        return this == REJECTED || this == CANCELLED;
    }

    /**
     * Whether the goods have left the location (a rejection or short pick is too late then); a pickup waiting at
     * the counter counts as gone: it was picked and packed for its customer.
     */
    boolean hasShipped() {
        return stage >= SHIPPED.stage;
    }
}
