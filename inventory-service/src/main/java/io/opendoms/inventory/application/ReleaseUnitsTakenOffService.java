package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.Reservation;
import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.domain.StockLevel;
import io.opendoms.inventory.domain.StockMovement;
import io.opendoms.inventory.domain.StockMovementKind;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A location rejected or short-picked units of an order, or the order cancelled them (or nobody collected a pickup):
 * what is still reserved for them there is released (ledger RELEASE with the reason, referencing the fulfillment
 * order) and the units become available again; for a rejection or short pick routing sources the order's units
 * elsewhere from the same event. Whether the shelf really holds them is for the location's next count to say: a
 * rejection is not a count, and cancelled units picked back off a counter are on hand as they were. Idempotent on the event (the consumer skips a repeated one), and never
 * releases more than is reserved for the line there.
 */
@Service
class ReleaseUnitsTakenOffService implements ReleaseUnitsTakenOffUseCase {

    private static final Logger log = LoggerFactory.getLogger(ReleaseUnitsTakenOffService.class);

    private final StockPort stock;
    private final ReservationsPort reservations;
    private final StockLedgerPort ledger;
    private final PublishInventoryEventsPort events;
    private final Clock clock;

    ReleaseUnitsTakenOffService(StockPort stock, ReservationsPort reservations, StockLedgerPort ledger,
                           PublishInventoryEventsPort events, Clock clock) {
        this.stock = stock;
        this.reservations = reservations;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void release(ReleaseUnitsTakenOffCommand command) {
        if ("SHORTAGE".equals(command.reason())) {
            return; // released when the shortage was found
        }
        List<ReleaseUnitsTakenOffCommand.Line> lines = command.lines().stream().filter(l -> l.quantity() > 0)
                .sorted(Comparator.comparing(ReleaseUnitsTakenOffCommand.Line::sku)
                        .thenComparing(ReleaseUnitsTakenOffCommand.Line::lineId))
                .toList();
        // stock rows first, in key order (as every writer locks them), then the lines' reservations
        Map<StockKey, StockLevel> levels = stock.lockExisting(lines.stream()
                        .map(l -> new StockKey(command.locationId(), l.sku()))
                        .collect(Collectors.toCollection(TreeSet::new)))
                .stream().collect(Collectors.toMap(StockLevel::key, Function.identity()));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<StockMovement> movements = new ArrayList<>();
        for (ReleaseUnitsTakenOffCommand.Line line : lines) {
            StockKey key = new StockKey(command.locationId(), line.sku());
            StockLevel before = levels.get(key);
            if (before == null) {
                log.warn("Order {} line {}: {} handed back {} x {}, of which it holds no stock", command.orderId(),
                        line.lineId(), command.locationId(), line.quantity(), line.sku());
                continue;
            }
            int left = line.quantity();
            for (Reservation reservation : reservations.lockActive(command.orderId(), command.locationId(),
                    line.lineId())) {
                if (left == 0) {
                    break;
                }
                if (!reservation.sku().equals(line.sku())) {
                    continue;
                }
                int taken = Math.min(left, reservation.remaining());
                reservations.update(reservation.cut(taken));
                left -= taken;
            }
            int released = line.quantity() - left;
            if (released == 0) {
                continue;
            }
            if (!stock.release(key, released)) {
                throw new IllegalStateException("Stock " + key + " changed under its lock");
            }
            StockLevel after = before.release(released);
            levels.put(key, after);
            movements.add(StockMovement.release(before, after, StockMovementKind.RELEASE, command.reason(),
                    command.orderId(), command.fulfillmentId().toString(), null, now));
            events.stockChanged(after, command.reason());
        }
        ledger.record(movements);
    }
}
