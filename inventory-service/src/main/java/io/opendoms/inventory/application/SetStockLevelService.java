package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.domain.StockLevel;
import io.opendoms.inventory.domain.StockMovement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class SetStockLevelService implements SetStockLevelUseCase {

    /** How far ahead of our clock a WMS clock may run; a count beyond it is refused, within it taken as now. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
    /** No count of ours is older; an earlier instant is a client's bug (and beyond what a timestamp stores). */
    static final Instant EARLIEST_COUNT = Instant.parse("2000-01-01T00:00:00Z");

    private final KnownStockKeys known;
    private final StockPort stock;
    private final StockLedgerPort ledger;
    private final PublishInventoryEventsPort events;
    private final ShortageReleases shortages;
    private final Clock clock;

    SetStockLevelService(KnownStockKeys known, StockPort stock, StockLedgerPort ledger,
                         PublishInventoryEventsPort events, ShortageReleases shortages, Clock clock) {
        this.known = known;
        this.stock = stock;
        this.ledger = ledger;
        this.events = events;
        this.shortages = shortages;
        this.clock = clock;
    }

    @Override
    @Transactional
    public StockLevel set(SetStockLevelCommand command) {
        StockKey key = command.key();
        // the database's precision, so that a count sent again compares equal to the one stored
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant countedAt = asOf(command.countedAt(), now);
        known.require(key);
        StockLevel current = stock.lockOrCreate(new TreeSet<>(List.of(key))).getFirst();
        // under the row's lock: no movement of this row can be recorded until this count commits
        StockLevel next = current.countedAsOf(command.onHand(), command.safetyStock(), countedAt,
                ledger.physicalChangeAfter(key, countedAt));
        stock.saveCounts(next);
        ledger.record(List.of(StockMovement.snapshot(current, next, command.onHand(), now, command.clientId())));
        // a count below what is reserved: what is no longer on the shelf is released now
        StockLevel settled = shortages.settle(next, now);
        events.stockChanged(settled, StockChangeReasons.SNAPSHOT);
        return settled;
    }

    /** A count cannot reflect movements that have not happened yet: one a little ahead of our clock is now. */
    private static Instant asOf(Instant countedAt, Instant now) {
        if (countedAt == null) {
            return now;
        }
        if (countedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidCountedAtException("must not be in the future (now is " + now + ")");
        }
        if (countedAt.isBefore(EARLIEST_COUNT)) {
            throw new InvalidCountedAtException("must not be before " + EARLIEST_COUNT);
        }
        Instant truncated = countedAt.truncatedTo(ChronoUnit.MICROS);
        return truncated.isAfter(now) ? now : truncated;
    }
}
