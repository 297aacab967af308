package io.opendoms.inventory.domain;

import java.util.Objects;

/**
 * Stock of one SKU at one location. {@code available} = on hand − reserved − safety stock, floored at 0:
 * a WMS snapshot below what is reserved is accepted as the truth, and then nothing more is available
 * until stock arrives or reservations are consumed.
 */
public record StockLevel(StockKey key, int onHand, int reserved, int safetyStock) {

    /** Upper bound of any quantity, far above real stock, so that sums of deltas cannot overflow. */
    public static final int MAX_QUANTITY = 1_000_000_000;

    public StockLevel {
        Objects.requireNonNull(key, "key");
        requireQuantity(onHand, "onHand");
        requireQuantity(reserved, "reserved");
        requireQuantity(safetyStock, "safetyStock");
    }

    public static StockLevel empty(StockKey key) {
        return new StockLevel(key, 0, 0, 0);
    }

    public int available() {
        return (int) Math.max(0L, (long) onHand - reserved - safetyStock);
    }

    /** An absolute count from the WMS; reservations stand. A null safety stock keeps the current one. */
    public StockLevel snapshot(int newOnHand, Integer newSafetyStock) {
        return new StockLevel(key, newOnHand, reserved, newSafetyStock == null ? safetyStock : newSafetyStock);
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
        return new StockLevel(key, (int) result, reserved, safetyStock);
    }

    public StockLevel reserve(int quantity) {
        if (quantity <= 0 || quantity > available()) {
            throw new StockRuleViolation(key, "cannot reserve %d of %d available".formatted(quantity, available()));
        }
        return new StockLevel(key, onHand, reserved + quantity, safetyStock);
    }

    /**
     * Units left the building: {@code reservedPortion} of them were reserved for the shipment and leave both
     * on hand and reserved; the rest leave on hand only. Neither goes below zero.
     */
    public StockLevel ship(int quantity, int reservedPortion) {
        if (quantity <= 0 || reservedPortion < 0 || reservedPortion > quantity) {
            throw new IllegalArgumentException("bad shipment: %d units, %d reserved".formatted(quantity, reservedPortion));
        }
        return new StockLevel(key, Math.max(0, onHand - quantity), Math.max(0, reserved - reservedPortion),
                safetyStock);
    }

    private static void requireQuantity(int value, String what) {
        if (value < 0 || value > MAX_QUANTITY) {
            throw new IllegalArgumentException(what + " must be between 0 and " + MAX_QUANTITY + ": " + value);
        }
    }
}
