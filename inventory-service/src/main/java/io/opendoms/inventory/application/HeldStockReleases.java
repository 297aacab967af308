package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.CheckoutHold;
import io.opendoms.inventory.domain.HoldLine;
import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.domain.StockLevel;
import io.opendoms.inventory.domain.StockMovement;
import io.opendoms.inventory.domain.StockMovementKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** Gives back what a hold reserves: the stock rows, their ledger and their {@code StockChanged}. */
@Component
class HeldStockReleases {

    private final StockPort stock;
    private final StockLedgerPort ledger;
    private final PublishInventoryEventsPort events;

    HeldStockReleases(StockPort stock, StockLedgerPort ledger, PublishInventoryEventsPort events) {
        this.stock = stock;
        this.ledger = ledger;
        this.events = events;
    }

    /**
     * Releases every unit the hold still reserves from rows this transaction has locked ({@code locked}, updated in
     * place), records a movement of {@code kind} per row and publishes each row's stock with {@code stockReason}.
     */
    void release(CheckoutHold hold, Map<StockKey, StockLevel> locked, StockMovementKind kind, String reason,
                 String actor, String stockReason, Instant now) {
        SortedMap<StockKey, StockLevel> changed = new TreeMap<>();
        List<StockMovement> movements = new ArrayList<>();
        for (HoldLine line : hold.lines()) {
            if (line.quantity() == 0) {
                continue;
            }
            StockLevel before = locked.get(line.key());
            // locked above, and what a live hold reserves is in reserved: anything else is a bug, never ignored
            if (before == null || !stock.release(line.key(), line.quantity())) {
                throw new IllegalStateException("Hold " + hold.id() + " reserves " + line.quantity() + " at "
                        + line.key() + ", which does not hold that much reserved");
            }
            StockLevel after = before.release(line.quantity());
            locked.put(line.key(), after);
            changed.put(line.key(), after);
            movements.add(StockMovement.release(before, after, kind, reason, null, hold.id().toString(), actor, now));
        }
        ledger.record(movements);
        changed.values().forEach(level -> events.stockChanged(level, stockReason));
    }
}
