package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.Reservation;
import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.domain.StockLevel;
import io.opendoms.inventory.domain.StockMovement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DeductShippedStockService implements DeductShippedStockUseCase {

    private static final Logger log = LoggerFactory.getLogger(DeductShippedStockService.class);

    private final StockPort stock;
    private final ReservationsPort reservations;
    private final StockLedgerPort ledger;
    private final PublishInventoryEventsPort events;
    private final ShortageReleases shortages;
    private final Clock clock;

    DeductShippedStockService(StockPort stock, ReservationsPort reservations, StockLedgerPort ledger,
                              PublishInventoryEventsPort events, ShortageReleases shortages, Clock clock) {
        this.stock = stock;
        this.reservations = reservations;
        this.ledger = ledger;
        this.events = events;
        this.shortages = shortages;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void deduct(DeductShippedStockCommand command) {
        List<DeductShippedStockCommand.Line> lines = command.lines().stream()
                .filter(line -> line.quantity() > 0)
                .sorted(Comparator.comparing(DeductShippedStockCommand.Line::sku)
                        .thenComparing(DeductShippedStockCommand.Line::lineId))
                .toList();
        // stock rows first, in key order (as reservations lock them), then each line's reservations
        Map<StockKey, StockLevel> levels = new LinkedHashMap<>(stock.lockExisting(lines.stream()
                        .map(line -> new StockKey(command.locationId(), line.sku()))
                        .collect(Collectors.toCollection(TreeSet::new)))
                .stream()
                .collect(Collectors.toMap(StockLevel::key, Function.identity())));
        // the database's precision, so that the ledger compares instants as they are compared here
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // when the units left: a count taken after that already left them out (a time ahead of ours is now)
        Instant shippedAt = command.shippedAt() == null || command.shippedAt().isAfter(now) ? now
                : command.shippedAt().truncatedTo(ChronoUnit.MICROS);
        SortedMap<StockKey, StockLevel> changed = new TreeMap<>();
        List<StockMovement> movements = new ArrayList<>();
        for (DeductShippedStockCommand.Line line : lines) {
            int fromReservations = consumeReservations(command, line);
            StockKey key = new StockKey(command.locationId(), line.sku());
            StockLevel before = levels.get(key);
            if (before == null) {
                log.warn("Order {} shipped {} x {} from {}, which holds no stock of it", command.orderId(),
                        line.quantity(), line.sku(), command.locationId());
                continue;
            }
            if (fromReservations < line.quantity() || before.onHand() < line.quantity()) {
                log.warn("Order {} line {} shipped {} x {} from {} with {} reserved for it and {} on hand",
                        command.orderId(), line.lineId(), line.quantity(), line.sku(), command.locationId(),
                        fromReservations, before.onHand());
            }
            StockLevel after = before.ship(line.quantity(), fromReservations, shippedAt);
            if (!stock.deduct(key, before.onHand() - after.onHand(), before.reserved() - after.reserved())) {
                throw new IllegalStateException("Stock " + key + " changed under its lock");
            }
            levels.put(key, after);
            changed.put(key, after);
            movements.add(StockMovement.shipment(before, after, line.quantity(), shippedAt, command.orderId(),
                    command.fulfillmentId(), now));
        }
        ledger.record(movements);
        // units shipped beyond their reservations can leave on hand below what others reserved: released now
        changed.replaceAll((key, level) -> shortages.settle(level, now));
        changed.values().forEach(level -> events.stockChanged(level, StockChangeReasons.SHIPPED));
    }

    private int consumeReservations(DeductShippedStockCommand command, DeductShippedStockCommand.Line line) {
        int left = line.quantity();
        for (Reservation reservation : reservations.lockActive(command.orderId(), command.locationId(), line.lineId())) {
            if (left == 0) {
                break;
            }
            if (!reservation.sku().equals(line.sku())) {
                continue;
            }
            Reservation consumed = reservation.consume(left);
            left -= consumed.consumedQuantity() - reservation.consumedQuantity();
            reservations.update(consumed);
        }
        return line.quantity() - left;
    }
}
