package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.CheckoutHold;
import io.opendoms.inventory.domain.HoldStatus;
import io.opendoms.inventory.domain.StockKey;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Checkout holds and the Idempotency-Keys that placed them. Writers lock the stock rows of a hold (in key order)
 * before the hold itself, as order reservations are locked after their stock rows: a hold's lines then change only
 * under locks the writer holds.
 */
public interface CheckoutHoldsPort {

    /** Inserts the hold and its lines; the lines' stock rows must exist by the commit. */
    void insert(CheckoutHold hold);

    /** Inserts holds and their lines in two batched statements. */
    void insertAll(List<CheckoutHold> holds);

    Optional<CheckoutHold> find(UUID id);

    /** The hold with its row locked for this transaction. */
    Optional<CheckoutHold> lock(UUID id);

    /** Sets a final status (and the converting order). */
    void end(UUID id, HoldStatus status, UUID orderId, Instant now);

    void extend(UUID id, Instant expiresAt, Instant now);

    /** What the hold still reserves at {@code key} after a shortage cut it. */
    void cutLine(UUID id, StockKey key, int quantity, Instant now);

    /** Up to {@code limit} ACTIVE holds past their expiry, soonest first; nothing locked. */
    List<CheckoutHold> findDue(Instant now, int limit);

    /**
     * Those of {@code ids} that are still ACTIVE and past their expiry, locked for this transaction; a hold another
     * transaction has locked is skipped ({@code SKIP LOCKED}), so two expiry runs never end the same hold twice.
     */
    List<CheckoutHold> lockDue(Collection<UUID> ids, Instant now);

    /** The ACTIVE holds with units at {@code key}, newest first, locked for this transaction. */
    List<CheckoutHold> lockActiveAt(StockKey key);

    /**
     * Claims the client's key for {@code request} in the current transaction; or, when the key is already taken
     * (also by a concurrent transaction, which this one then waits for), returns what it was first used for.
     */
    Optional<KeyUse> claim(String clientId, String key, PlaceHoldCommand.Request request, Instant now);

    /** Records the hold the claimed key placed, in the claiming transaction. */
    void complete(String clientId, String key, UUID holdId);

    /** What an Idempotency-Key was used for: the request and the hold it placed. */
    record KeyUse(PlaceHoldCommand.Request request, UUID holdId) {
    }
}
