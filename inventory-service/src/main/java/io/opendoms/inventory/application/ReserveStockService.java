package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.Reservation;
import io.opendoms.inventory.domain.ReservationPlan;
import io.opendoms.inventory.domain.ReservationStatus;
import io.opendoms.inventory.domain.Shortage;
import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.domain.StockLevel;
import io.opendoms.inventory.domain.StockMovement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ReserveStockService implements ReserveStockUseCase {

    private static final Logger log = LoggerFactory.getLogger(ReserveStockService.class);

    private final StockPort stock;
    private final ReservationsPort reservations;
    private final StockLedgerPort ledger;
    private final PublishInventoryEventsPort events;
    private final Clock clock;

    ReserveStockService(StockPort stock, ReservationsPort reservations, StockLedgerPort ledger,
                        PublishInventoryEventsPort events, Clock clock) {
        this.stock = stock;
        this.reservations = reservations;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void reserve(ReserveStockCommand command) {
        // the inbox drops a redelivered event; this drops the same decision sent again as a new event
        if (reservations.existsForDecision(command.decisionId())) {
            log.info("Decision {} of order {} is already reserved", command.decisionId(), command.orderId());
            return;
        }
        ReservationPlan plan = ReservationPlan.of(command.lines());
        // locks in key order: two decisions sharing rows queue up instead of deadlocking
        Map<StockKey, StockLevel> locked = stock.lockExisting(new TreeSet<>(plan.quantitiesByStock().keySet()))
                .stream()
                .collect(Collectors.toMap(StockLevel::key, Function.identity()));
        List<Shortage> shortages = plan.shortagesAgainst(locked);
        if (!shortages.isEmpty()) {
            log.info("Decision {} of order {} cannot be reserved: {}", command.decisionId(), command.orderId(),
                    shortages);
            events.reservationFailed(command.orderId(), command.decisionId(), shortages);
            return;
        }
        Instant now = clock.instant();
        List<StockLevel> changed = new ArrayList<>();
        List<StockMovement> movements = new ArrayList<>();
        plan.quantitiesByStock().forEach((key, quantity) -> {
            // the rows are locked, so this cannot fail unless the lock was not held; never reserve blindly
            if (!stock.reserve(key, quantity)) {
                throw new IllegalStateException("Stock " + key + " changed under its lock");
            }
            StockLevel before = locked.get(key);
            StockLevel after = before.reserve(quantity);
            changed.add(after);
            movements.add(StockMovement.reservation(before, after, command.orderId(), command.decisionId(), now));
        });
        ledger.record(movements);
        List<Reservation> rows = plan.lines().stream()
                .map(line -> new Reservation(UUID.randomUUID(), command.orderId(), command.decisionId(),
                        line.locationId(), line.sku(), line.lineId(), line.quantity(), 0, ReservationStatus.ACTIVE,
                        now))
                .toList();
        reservations.insertAll(rows);
        events.stockReserved(command.orderId(), command.decisionId(), rows);
        changed.forEach(level -> events.stockChanged(level, StockChangeReasons.RESERVED));
    }
}
