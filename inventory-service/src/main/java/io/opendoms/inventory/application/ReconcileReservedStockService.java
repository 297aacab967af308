package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.ReservedDrift;
import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.domain.StockLevel;
import io.opendoms.inventory.domain.StockMovement;
import io.opendoms.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ReconcileReservedStockService implements ReconcileReservedStockUseCase {

    private static final Logger log = LoggerFactory.getLogger(ReconcileReservedStockService.class);

    private final LocationsPort locations;
    private final ItemsPort items;
    private final LiveReservationsPort live;
    private final StockPort stock;
    private final StockLedgerPort ledger;
    private final PublishInventoryEventsPort events;
    private final Clock clock;

    ReconcileReservedStockService(LocationsPort locations, ItemsPort items, LiveReservationsPort live,
                                  StockPort stock, StockLedgerPort ledger, PublishInventoryEventsPort events,
                                  Clock clock) {
        this.locations = locations;
        this.items = items;
        this.live = live;
        this.stock = stock;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Reconciliation report(String locationId, String sku) {
        if (locationId != null && locations.existing(List.of(locationId)).isEmpty()) {
            throw new NotFoundException("Location " + locationId + " does not exist");
        }
        if (sku != null && items.existing(List.of(sku)).isEmpty()) {
            throw new NotFoundException("Item " + sku + " does not exist");
        }
        List<ReservedDrift> drifts = live.drifts(locationId, sku, MAX_ROWS + 1);
        return new Reconciliation(drifts.subList(0, Math.min(MAX_ROWS, drifts.size())), false,
                drifts.size() > MAX_ROWS);
    }

    @Override
    @Transactional
    public Reconciliation repair(String locationId, String sku, String actor) {
        Reconciliation found = report(locationId, sku);
        if (found.drifts().isEmpty()) {
            return new Reconciliation(List.of(), true, false);
        }
        // the found rows were read without locks: lock them in key order, as every writer does, then read the live
        // sum again; reservations of a row change only under its lock, so the sum cannot move until commit
        TreeSet<StockKey> keys = new TreeSet<>();
        found.drifts().forEach(drift -> keys.add(drift.key()));
        List<StockLevel> locked = stock.lockExisting(keys);
        Map<StockKey, Integer> liveNow = live.liveReserved(keys);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<ReservedDrift> repaired = new ArrayList<>();
        List<StockMovement> movements = new ArrayList<>();
        for (StockLevel before : locked) {
            int liveReserved = liveNow.getOrDefault(before.key(), 0);
            if (liveReserved == before.reserved()) {
                continue; // settled since it was read
            }
            StockLevel after = before.withReserved(liveReserved);
            stock.setReserved(before.key(), liveReserved);
            movements.add(StockMovement.reconciliation(before, after, actor, now));
            repaired.add(new ReservedDrift(before.key(), before.onHand(), before.reserved(), liveReserved));
            events.stockChanged(after, StockChangeReasons.RECONCILED);
        }
        ledger.record(movements);
        log.warn("Reconciliation by {} repaired reserved of {} stock rows: {}", actor, repaired.size(), repaired);
        return new Reconciliation(repaired, true, found.more());
    }
}
