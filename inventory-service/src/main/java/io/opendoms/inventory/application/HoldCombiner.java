package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.CheckoutHold;
import io.opendoms.inventory.domain.HoldLine;
import io.opendoms.inventory.domain.Shortage;
import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.domain.StockLevel;
import io.opendoms.inventory.domain.StockMovement;
import io.opendoms.platform.correlation.Correlation;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Places the one-line holds of one stock row together (ADR 0009): concurrent requests for the same row queue, and one
 * worker per row takes everything queued and places it in one transaction — the row locked once, each hold checked
 * in arrival order against what the holds before it left (all or nothing per hold: a hold that no longer fits is
 * refused, the others stand), reserved raised once, holds, ledger and events written in batches, one commit — then
 * answers every request. Nothing is answered before its commit. On a hot row the lock and the commit, which every
 * hold used to wait for in turn, are shared by everything that arrived meanwhile.
 */
@Component
class HoldCombiner implements DisposableBean {

    /** At most this many holds per transaction, so that one batch keeps the row's lock for a bounded time. */
    static final int MAX_BATCH = 200;

    private final StockPort stock;
    private final CheckoutHoldsPort holds;
    private final StockLedgerPort ledger;
    private final PublishInventoryEventsPort events;
    private final TransactionOperations transactions;
    private final Clock clock;
    private final ConcurrentHashMap<StockKey, Lane> lanes = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newCachedThreadPool(
            Thread.ofPlatform().name("hold-combiner-", 0).daemon().factory());

    HoldCombiner(StockPort stock, CheckoutHoldsPort holds, StockLedgerPort ledger, PublishInventoryEventsPort events,
                 TransactionOperations transactions, Clock clock) {
        this.stock = stock;
        this.holds = holds;
        this.ledger = ledger;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Places a one-line hold, with the holds of the same row that arrive meanwhile; returns once it committed. The
     * caller need not have checked that the row exists or that its location is active: the statement that locks the
     * row finds both.
     *
     * @throws HoldShortException when the row no longer has what it asks for (nothing of it was reserved)
     * @throws UnusableRowException when there is no such stock row or its location is not active (nothing reserved)
     */
    CheckoutHold place(CheckoutHold hold, boolean mayChooseAgain) {
        HoldLine line = hold.lines().getFirst();
        Lane lane = lanes.computeIfAbsent(line.key(), key -> new Lane());
        Pending pending = new Pending(hold, mayChooseAgain, Correlation.current(), new CompletableFuture<>());
        lane.queue.add(pending);
        if (lane.scheduled.compareAndSet(false, true)) {
            workers.execute(() -> drain(line.key(), lane));
        }
        try {
            return pending.result.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Places batches until the queue is empty. A request queued after the last poll either sees {@code scheduled}
     * still set (then the loop's final check finds it) or schedules a worker itself: none is left waiting.
     */
    private void drain(StockKey key, Lane lane) {
        do {
            try {
                List<Pending> batch = new ArrayList<>();
                Pending next;
                while ((next = lane.queue.poll()) != null) {
                    batch.add(next);
                    if (batch.size() == MAX_BATCH) {
                        place(key, batch);
                        batch = new ArrayList<>();
                    }
                }
                if (!batch.isEmpty()) {
                    place(key, batch);
                }
            } finally {
                lane.scheduled.set(false);
            }
        } while (!lane.queue.isEmpty() && lane.scheduled.compareAndSet(false, true));
    }

    private void place(StockKey key, List<Pending> batch) {
        List<Pending> placed = new ArrayList<>();
        List<Pending> refused = new ArrayList<>();
        int[] availableAtRefusal = new int[batch.size()];
        boolean[] unusable = {false};
        try {
            transactions.executeWithoutResult(status -> {
                Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
                // plain statements for the lock and the update: Hibernate's query handling was half of this
                // thread's CPU, and this thread is the row's only writer while a batch runs
                StockPort.LockedRow row = stock.lockOne(key).orElse(null);
                if (row == null || !row.locationActive()) {
                    // the requests were not checked before they queued: say so, and let each be checked in full
                    unusable[0] = true;
                    return;
                }
                StockLevel level = row.level();
                List<StockMovement> movements = new ArrayList<>();
                for (int i = 0; i < batch.size(); i++) {
                    Pending pending = batch.get(i);
                    int quantity = pending.hold.lines().getFirst().quantity();
                    if (level.available() < quantity) {
                        refused.add(pending);
                        availableAtRefusal[refused.size() - 1] = level.available();
                        continue;
                    }
                    StockLevel after = level.reserve(quantity);
                    movements.add(StockMovement.hold(level, after, pending.hold.id(), pending.hold.clientId(), now));
                    level = after;
                    placed.add(pending);
                }
                if (placed.isEmpty()) {
                    return;
                }
                int total = movements.stream().mapToInt(StockMovement::reservedDelta).sum();
                // the row is locked: this cannot fail unless the lock was not held; never reserve blindly
                if (!stock.reserveLocked(key, total)) {
                    throw new IllegalStateException("Stock " + key + " changed under its lock");
                }
                holds.insertAll(placed.stream().map(Pending::hold).toList());
                ledger.record(movements);
                // every hold's HoldPlaced under its own request's correlation id, and the row's StockChanged (with
                // a new one): one statement for the batch
                events.holdsPlaced(placed.stream().map(Pending::hold).toList(),
                        placed.stream().map(Pending::correlationId).toList(), level, StockChangeReasons.HOLD);
            });
        } catch (RuntimeException e) {
            batch.forEach(pending -> pending.result.completeExceptionally(e));
            return;
        }
        if (unusable[0]) {
            batch.forEach(pending -> pending.result.completeExceptionally(new UnusableRowException(key)));
            return;
        }
        placed.forEach(pending -> pending.result.complete(pending.hold));
        for (int i = 0; i < refused.size(); i++) {
            Pending pending = refused.get(i);
            HoldLine line = pending.hold.lines().getFirst();
            pending.result.completeExceptionally(new HoldShortException(List.of(new HoldShortException.ShortLine(0,
                    new Shortage(key.locationId(), key.sku(), line.quantity(), availableAtRefusal[i]))),
                    pending.mayChooseAgain));
        }
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }

    /**
     * The hold's stock row does not exist or its location is not active: nothing was reserved, and the caller decides
     * what to answer (an unknown SKU or location, an inactive location, no stock there).
     */
    static final class UnusableRowException extends RuntimeException {
        UnusableRowException(StockKey key) {
            super("No usable stock row " + key, null, false, false);
        }
    }

    private static final class Lane {
        final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
        final AtomicBoolean scheduled = new AtomicBoolean();
    }

    private record Pending(CheckoutHold hold, boolean mayChooseAgain, String correlationId,
                           CompletableFuture<CheckoutHold> result) {
    }
}
