package io.opendoms.inventory.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Stock of one SKU at one location. {@code available} = on hand − reserved − safety stock, floored at 0:
 * a WMS snapshot below what is reserved is accepted as the truth; the writer then releases the uncovered units
 * (holds and the newest reservations) in the same transaction, so reserved exceeds on hand only inside it.
 *
 * <p>{@code countedAt} is the instant as of which the last applied count was taken (null before the first):
 * a count at T reflects every physical movement before T, so a shipment that left before it is not deducted
 * again, and an older count is stale.
 */
public record StockLevel(StockKey key, int onHand, int reserved, int safetyStock, Instant countedAt) {

    /** Upper bound of any quantity, far above real stock, so that sums of deltas cannot overflow. */
    public static final int MAX_QUANTITY = 1_000_000_000;

    public StockLevel {
        Objects.requireNonNull(key, "key");
        requireQuantity(onHand, "onHand");
        requireQuantity(reserved, "reserved");
        requireQuantity(safetyStock, "safetyStock");
    }

    public StockLevel(StockKey key, int onHand, int reserved, int safetyStock) {
        this(key, onHand, reserved, safetyStock, null);
    }

    public static StockLevel empty(StockKey key) {
        return new StockLevel(key, 0, 0, 0);
    }

    public int available() {
        return availableOf(onHand, reserved, safetyStock);
    }

    /** The one definition of available, for readers that hold the three figures without a whole level. */
    public static int availableOf(int onHand, int reserved, int safetyStock) {
        return (int) Math.max(0L, (long) onHand - reserved - safetyStock);
    }

    /** Whether the last count already reflects a physical movement that occurred at {@code occurredAt}. */
    public boolean countReflects(Instant occurredAt) {
        return countedAt != null && !occurredAt.isAfter(countedAt);
    }

    /**
     * An absolute count taken as of {@code asOf}: on hand becomes the count plus {@code movedSince}, the physical
     * movements that occurred after {@code asOf} (a late count neither resurrects shipped units nor loses
     * received ones), floored at 0. Reservations stand. A null safety stock keeps the current one.
     *
     * @throws StaleCountException when an applied count was taken after {@code asOf}
     */
    public StockLevel countedAsOf(int counted, Integer newSafetyStock, Instant asOf, long movedSince) {
        Objects.requireNonNull(asOf, "asOf");
        requireQuantity(counted, "counted");
        if (countedAt != null && asOf.isBefore(countedAt)) {
            throw new StaleCountException(key, asOf, countedAt);
        }
        int newOnHand = (int) Math.clamp((long) counted + movedSince, 0L, MAX_QUANTITY);
        return new StockLevel(key, newOnHand, reserved, newSafetyStock == null ? safetyStock : newSafetyStock, asOf);
    }

    /** A relative change; on hand may fall below reserved (then nothing is available), never below zero. */
    public StockLevel adjust(int delta) {
        long result = (long) onHand + delta;
        if (result < 0) {
            throw new StockRuleViolation(key, "on hand %d %+d would be negative".formatted(onHand, delta));
        }
        if (result > MAX_QUANTITY) {
            throw new StockRuleViolation(key, "on hand %d %+d would exceed %d".formatted(onHand, delta, MAX_QUANTITY));
        }
        return new StockLevel(key, (int) result, reserved, safetyStock, countedAt);
    }

    public StockLevel reserve(int quantity) {
        if (quantity <= 0 || quantity > available()) {
            throw new StockRuleViolation(key, "cannot reserve %d of %d available".formatted(quantity, available()));
        }
        return new StockLevel(key, onHand, reserved + quantity, safetyStock, countedAt);
    }

    /** Reserved set to what the live reservations hold, when it drifted from them (reconciliation). */
    public StockLevel withReserved(int liveReserved) {
        return new StockLevel(key, onHand, liveReserved, safetyStock, countedAt);
    }

    /** Gives back reserved units (a hold or reservation ending, a shortage); never below zero reserved. */
    public StockLevel release(int quantity) {
        if (quantity < 0 || quantity > reserved) {
            throw new StockRuleViolation(key, "cannot release %d of %d reserved".formatted(quantity, reserved));
        }
        return new StockLevel(key, onHand, reserved - quantity, safetyStock, countedAt);
    }

    /** The units reserved beyond what is on hand: what a shortage must release. */
    public int uncovered() {
        return Math.max(0, reserved - onHand);
    }

    /**
     * Units left the building at {@code shippedAt}: {@code reservedPortion} of them were reserved for the shipment
     * and leave reserved; all of them leave on hand, unless the last count was taken after they left (it already
     * left them out). Neither goes below zero.
     */
    public StockLevel ship(int quantity, int reservedPortion, Instant shippedAt) {
        if (quantity <= 0 || reservedPortion < 0 || reservedPortion > quantity) {
            throw new IllegalArgumentException("bad shipment: %d units, %d reserved".formatted(quantity, reservedPortion));
        }
        int fromOnHand = countReflects(shippedAt) ? 0 : quantity;
        return new StockLevel(key, Math.max(0, onHand - fromOnHand), Math.max(0, reserved - reservedPortion),
                safetyStock, countedAt);
    }

    private static void requireQuantity(int value, String what) {
        if (value < 0 || value > MAX_QUANTITY) {
            throw new IllegalArgumentException(what + " must be between 0 and " + MAX_QUANTITY + ": " + value);
        }
    }
}
