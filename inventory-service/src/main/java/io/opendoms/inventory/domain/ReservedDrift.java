package io.opendoms.inventory.domain;

/**
 * A stock row whose recorded {@code reserved} differs from what its live reservations hold ({@code live}):
 * positive drift is reserved stock no reservation accounts for (units nobody can sell), negative drift units
 * promised twice.
 */
public record ReservedDrift(StockKey key, int onHand, int reserved, int live) {

    public int drift() {
        return reserved - live;
    }
}
