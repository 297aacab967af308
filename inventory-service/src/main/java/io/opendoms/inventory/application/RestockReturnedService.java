package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.domain.StockLevel;
import io.opendoms.inventory.domain.StockMovement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts returned, resellable units back on hand at the receiving location, once per event (the consumer skips a
 * repeated one): ledger RESTOCK referencing the receipt, {@code stock-changed} RESTOCKED — which routing sees, so
 * backordered lines of the SKU may be sourced from them.
 */
@Service
public class RestockReturnedService {

    static final String RESTOCKED = "RESTOCKED";

    private static final Logger log = LoggerFactory.getLogger(RestockReturnedService.class);

    private final StockPort stock;
    private final KnownStockKeys known;
    private final StockLedgerPort ledger;
    private final PublishInventoryEventsPort events;
    private final Clock clock;

    RestockReturnedService(StockPort stock, KnownStockKeys known, StockLedgerPort ledger,
                           PublishInventoryEventsPort events, Clock clock) {
        this.stock = stock;
        this.known = known;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void restock(RestockReturnedCommand command) {
        Map<StockKey, Integer> units = command.lines().stream().filter(l -> l.quantity() > 0)
                .collect(Collectors.toMap(l -> new StockKey(command.locationId(), l.sku()),
                        RestockReturnedCommand.Line::quantity, Integer::sum, TreeMap::new));
        List<UnknownStockException.UnknownTarget> unknown = known.unknownAmong(List.copyOf(units.keySet()));
        if (!unknown.isEmpty()) {
            // a location or SKU inventory does not know cannot hold stock; the receipt stays in returns' records
            log.warn("Receipt {} of order {} restocks {} that inventory does not know: skipped", command.receiptId(),
                    command.orderId(), unknown);
            unknown.forEach(u -> units.remove(new StockKey(u.locationId(), u.sku())));
        }
        if (units.isEmpty()) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant receivedAt = command.receivedAt() == null || command.receivedAt().isAfter(now) ? now
                : command.receivedAt().truncatedTo(ChronoUnit.MICROS);
        // in key order, as every writer locks them
        SortedMap<StockKey, StockLevel> levels = new TreeMap<>(stock.lockOrCreate(new TreeSet<>(
                units.keySet())).stream().collect(Collectors.toMap(StockLevel::key, l -> l)));
        List<StockMovement> movements = new ArrayList<>();
        List<StockLevel> after = new ArrayList<>();
        units.forEach((key, quantity) -> {
            StockLevel before = levels.get(key);
            StockLevel next = before.adjust(quantity);
            stock.saveCounts(next);
            movements.add(StockMovement.restock(before, next, quantity, receivedAt, command.orderId(),
                    command.receiptId(), now));
            after.add(next);
        });
        ledger.record(movements);
        after.forEach(level -> events.stockChanged(level, RESTOCKED));
    }
}
