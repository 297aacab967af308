package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.domain.StockLevel;
import io.opendoms.inventory.domain.StockMovementKind;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * Stock rows. Every method that changes a row runs inside the caller's transaction; rows are locked in
 * {@link StockKey} order so that concurrent transactions cannot deadlock on each other.
 */
public interface StockPort {

    Optional<StockLevel> find(StockKey key);

    /** Locks the rows that exist ({@code SELECT ... FOR UPDATE}, in key order); absent rows are left out. */
    List<StockLevel> lockExisting(SortedSet<StockKey> keys);

    /** Creates missing rows (all zero) and locks every row, in key order. The locations and SKUs must exist. */
    List<StockLevel> lockOrCreate(SortedSet<StockKey> keys);

    /**
     * Writes on hand, safety stock and the as-of instant of the last count of a row this transaction has locked;
     * reserved is never written here.
     */
    void saveCounts(StockLevel level);

    /** Adds to reserved if, and only if, that much is available; false when it is not. */
    boolean reserve(StockKey key, int quantity);

    /**
     * Locks one row like {@link #lockExisting} and adds nothing: plain SQL, no entities, for the hold combiner, which
     * does this once per batch on a hot row; with it, whether its location is active (read, not locked). Empty when
     * the row does not exist.
     */
    Optional<LockedRow> lockOne(StockKey key);

    /** A stock row locked by {@link #lockOne}, and whether its location was active when it was read. */
    record LockedRow(StockLevel level, boolean locationActive) {
    }

    /** {@link #reserve} in plain SQL, for a row this transaction locked with {@link #lockOne}. */
    boolean reserveLocked(StockKey key, int quantity);

    /**
     * Adds to reserved if, and only if, that much is available, and records the ledger's movement of it ({@code kind},
     * {@code reference}, {@code actor}, at {@code at}), in one statement that also takes the row's lock (held until
     * the transaction ends); the row after it, or empty when not enough is available (or there is no row): then
     * nothing was recorded either.
     */
    Optional<StockLevel> reserveIfAvailable(StockKey key, int quantity, StockMovementKind kind, String reference,
                                            String actor, Instant at);

    /** Takes units off reserved if, and only if, it does not go negative; false otherwise. */
    boolean release(StockKey key, int quantity);

    /** Takes units off on hand and reserved if, and only if, neither goes negative; false otherwise. */
    boolean deduct(StockKey key, int fromOnHand, int fromReserved);

    /** Sets reserved outright; only for a row locked by this transaction (reconciliation). */
    void setReserved(StockKey key, int reserved);
}
