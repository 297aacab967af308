package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.domain.StockLevel;
import io.opendoms.inventory.domain.StockMovement;
import io.opendoms.inventory.domain.StockRuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AdjustStockService implements AdjustStockUseCase {

    private final KnownStockKeys known;
    private final ClaimAdjustmentKeyPort keys;
    private final StockPort stock;
    private final StockLedgerPort ledger;
    private final PublishInventoryEventsPort events;
    private final ShortageReleases shortages;
    private final Clock clock;

    AdjustStockService(KnownStockKeys known, ClaimAdjustmentKeyPort keys, StockPort stock, StockLedgerPort ledger,
                       PublishInventoryEventsPort events, ShortageReleases shortages, Clock clock) {
        this.known = known;
        this.keys = keys;
        this.stock = stock;
        this.ledger = ledger;
        this.events = events;
        this.shortages = shortages;
        this.clock = clock;
    }

    @Override
    @Transactional
    public AdjustedStock adjust(AdjustStockCommand command) {
        List<AdjustStockCommand.Adjustment> adjustments = command.adjustments();
        List<UnknownStockException.UnknownTarget> unknown =
                known.unknownAmong(adjustments.stream().map(AdjustStockCommand.Adjustment::key).toList());
        if (!unknown.isEmpty()) {
            throw new UnknownStockException(unknown);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // claimed before any stock row is locked: a concurrent retry waits here, holding nothing, then replays
        Optional<ClaimAdjustmentKeyPort.AdjustmentRecord> earlier =
                keys.claim(command.clientId(), command.idempotencyKey(), adjustments, now);
        if (earlier.isPresent()) {
            if (!earlier.get().adjustments().equals(adjustments)) {
                throw new IdempotencyKeyReusedException(command.idempotencyKey());
            }
            return new AdjustedStock(earlier.get().result(), true);
        }
        // in key order, as every writer locks them: concurrent requests on overlapping rows queue, never deadlock
        SortedMap<StockKey, StockLevel> levels = new TreeMap<>(stock.lockOrCreate(adjustments.stream()
                        .map(AdjustStockCommand.Adjustment::key)
                        .collect(Collectors.toCollection(TreeSet::new)))
                .stream()
                .collect(Collectors.toMap(StockLevel::key, Function.identity())));
        List<StockLevel> after = new ArrayList<>(adjustments.size());
        List<StockMovement> movements = new ArrayList<>(adjustments.size());
        List<AdjustmentsRejectedException.RejectedLine> rejected = new ArrayList<>();
        for (int i = 0; i < adjustments.size(); i++) {
            AdjustStockCommand.Adjustment adjustment = adjustments.get(i);
            StockLevel before = levels.get(adjustment.key());
            try {
                StockLevel next = before.adjust(adjustment.delta());
                levels.put(next.key(), next);
                after.add(next);
                movements.add(StockMovement.adjustment(before, next, adjustment.delta(), adjustment.reason(),
                        command.idempotencyKey(), command.clientId(), now));
            } catch (StockRuleViolation e) {
                // the rest is still checked, so that the answer names every offending line
                rejected.add(new AdjustmentsRejectedException.RejectedLine(i, e));
            }
        }
        if (!rejected.isEmpty()) {
            // rolls back the key's claim and the rows created above too: nothing of the request remains
            throw new AdjustmentsRejectedException(rejected);
        }
        levels.values().forEach(stock::saveCounts);
        ledger.record(movements);
        for (int i = 0; i < adjustments.size(); i++) {
            events.stockChanged(after.get(i), adjustments.get(i).reason());
        }
        // on hand taken below what is reserved: what is no longer on the shelf is released now
        for (StockLevel level : List.copyOf(levels.values())) {
            StockLevel settled = shortages.settle(level, now);
            if (settled != level) {
                levels.put(settled.key(), settled);
                events.stockChanged(settled, StockChangeReasons.SHORTAGE);
            }
        }
        List<StockLevel> result = List.copyOf(levels.values());
        keys.complete(command.clientId(), command.idempotencyKey(), result);
        return new AdjustedStock(result, false);
    }
}
