package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.CheckoutHold;
import io.opendoms.inventory.domain.HoldStatus;
import io.opendoms.inventory.domain.Reservation;
import io.opendoms.inventory.domain.ReservationPlan;
import io.opendoms.inventory.domain.ReservationStatus;
import io.opendoms.inventory.domain.Shortage;
import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.domain.StockLevel;
import io.opendoms.inventory.domain.StockMovement;
import io.opendoms.inventory.domain.StockMovementKind;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
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
    private final LocationsPort locations;
    private final ReservationsPort reservations;
    private final CheckoutHoldsPort holds;
    private final ExpireHoldsService expireHolds;
    private final StockLedgerPort ledger;
    private final PublishInventoryEventsPort events;
    private final Clock clock;

    ReserveStockService(StockPort stock, LocationsPort locations, ReservationsPort reservations, CheckoutHoldsPort holds,
                        ExpireHoldsService expireHolds, StockLedgerPort ledger, PublishInventoryEventsPort events,
                        Clock clock) {
        this.stock = stock;
        this.locations = locations;
        this.reservations = reservations;
        this.holds = holds;
        this.expireHolds = expireHolds;
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
        Optional<CheckoutHold> named = Optional.ofNullable(command.holdId()).flatMap(holds::find)
                .filter(hold -> hold.status() == HoldStatus.ACTIVE);
        // locks in key order, the hold's rows too (its surplus is released): two decisions sharing rows queue up
        // instead of deadlocking; then the hold, as every writer of holds locks it after its stock rows
        TreeSet<StockKey> keys = new TreeSet<>(plan.quantitiesByStock().keySet());
        named.ifPresent(hold -> keys.addAll(hold.stockKeys()));
        Map<StockKey, StockLevel> locked = new HashMap<>(stock.lockExisting(keys).stream()
                .collect(Collectors.toMap(StockLevel::key, Function.identity())));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        CheckoutHold hold = named.flatMap(h -> holds.lock(h.id()))
                .filter(h -> h.status() == HoldStatus.ACTIVE)
                .orElse(null);
        if (hold != null && !hold.isLiveAt(now)) {
            // past its expiry but not yet expired by the job: it expires now, and the order reserves like any other
            expireHolds.expire(hold, locked, now);
            hold = null;
        }
        Map<StockKey, Integer> taken = new HashMap<>();
        if (hold != null) {
            CheckoutHold converting = hold;
            plan.quantitiesByStock().forEach((key, quantity) -> {
                int held = Math.min(quantity, converting.quantityAt(key));
                if (held > 0) {
                    taken.put(key, held);
                }
            });
        }
        // a location deactivated since routing decided has nothing to allocate: its lines fail and are routed again
        Set<String> planned = keys.stream().map(StockKey::locationId).collect(Collectors.toSet());
        Set<String> active = locations.active(planned);
        Map<StockKey, StockLevel> allocatable = locked.entrySet().stream()
                .filter(entry -> active.contains(entry.getKey().locationId()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        taken.keySet().removeIf(key -> !active.contains(key.locationId()));
        List<Shortage> shortages = plan.shortagesAgainst(allocatable, taken);
        if (!shortages.isEmpty()) {
            log.info("Decision {} of order {} cannot be reserved: {}", command.decisionId(), command.orderId(),
                    shortages);
            events.reservationFailed(command.orderId(), command.decisionId(), shortages);
            return;
        }
        SortedMap<StockKey, StockLevel> changed = new TreeMap<>();
        List<StockMovement> movements = new ArrayList<>();
        for (StockKey key : keys) {
            int wanted = plan.quantitiesByStock().getOrDefault(key, 0);
            int fromHold = taken.getOrDefault(key, 0);
            int surplus = hold == null ? 0 : hold.quantityAt(key) - fromHold;
            StockLevel level = locked.get(key);
            if (fromHold > 0) {
                // the hold's units become the order's: reserved does not move
                movements.add(StockMovement.conversion(level, hold.id(), command.orderId(), now));
            }
            if (wanted > fromHold) {
                // the rows are locked, so this cannot fail unless the lock was not held; never reserve blindly
                if (!stock.reserve(key, wanted - fromHold)) {
                    throw new IllegalStateException("Stock " + key + " changed under its lock");
                }
                StockLevel after = level.reserve(wanted - fromHold);
                movements.add(StockMovement.reservation(level, after, command.orderId(), command.decisionId(), now));
                level = after;
                changed.put(key, after);
            }
            if (surplus > 0) {
                if (!stock.release(key, surplus)) {
                    throw new IllegalStateException("Hold " + hold.id() + " reserves " + surplus + " at " + key
                            + ", which does not hold that much reserved");
                }
                StockLevel after = level.release(surplus);
                movements.add(StockMovement.release(level, after, StockMovementKind.RELEASE,
                        HoldStatus.CONVERTED.name(), command.orderId(), hold.id().toString(), null, now));
                changed.put(key, after);
            }
        }
        ledger.record(movements);
        List<Reservation> rows = plan.lines().stream()
                .map(line -> new Reservation(UUID.randomUUID(), command.orderId(), command.decisionId(),
                        line.locationId(), line.sku(), line.lineId(), line.quantity(), 0, ReservationStatus.ACTIVE,
                        now))
                .toList();
        reservations.insertAll(rows);
        if (hold != null) {
            holds.end(hold.id(), HoldStatus.CONVERTED, command.orderId(), now);
            events.holdEnded(new CheckoutHold(hold.id(), hold.clientId(), HoldStatus.CONVERTED, hold.expiresAt(),
                    command.orderId(), hold.createdAt(), hold.lines()));
        }
        events.stockReserved(command.orderId(), command.decisionId(), rows);
        changed.values().forEach(level -> events.stockChanged(level, StockChangeReasons.RESERVED));
    }
}
