package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.CheckoutHold;
import io.opendoms.inventory.domain.HoldLine;
import io.opendoms.inventory.domain.HoldPlacement;
import io.opendoms.inventory.domain.HoldPolicy;
import io.opendoms.inventory.domain.HoldRequestLine;
import io.opendoms.inventory.domain.HoldStatus;
import io.opendoms.inventory.domain.Shortage;
import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.domain.StockLevel;
import io.opendoms.inventory.domain.StockMovementKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

@Service
class PlaceHoldService implements PlaceHoldUseCase {

    /** A hold placed where the stock is chooses again when a concurrent hold took the units of its first choice. */
    static final int ATTEMPTS = 3;

    private final KnownStockKeys known;
    private final LocationsPort locations;
    private final StockPort stock;
    private final AvailableStockPort available;
    private final CheckoutHoldsPort holds;
    private final PublishInventoryEventsPort events;
    private final HoldPolicy policy;
    private final HoldCombiner combiner;
    private final TransactionOperations transactions;
    private final Clock clock;

    PlaceHoldService(KnownStockKeys known, LocationsPort locations, StockPort stock, AvailableStockPort available,
                     CheckoutHoldsPort holds,
                     PublishInventoryEventsPort events, HoldPolicy policy, HoldCombiner combiner,
                     TransactionOperations transactions, Clock clock) {
        this.known = known;
        this.locations = locations;
        this.stock = stock;
        this.available = available;
        this.holds = holds;
        this.events = events;
        this.policy = policy;
        this.combiner = combiner;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Placed place(PlaceHoldCommand asked) {
        PlaceHoldCommand.Request request = asked.request();
        Duration ttl = policy.requireTtl(policy.ttlOrDefault(request.ttl()));
        // the TTL as applied: a request sent again without one compares equal to the first
        PlaceHoldCommand command = new PlaceHoldCommand(asked.clientId(), asked.idempotencyKey(),
                new PlaceHoldCommand.Request(request.lines(), ttl, request.locationId()));
        boolean combinable = command.idempotencyKey() == null && request.lines().size() == 1;
        for (int attempt = 1; ; attempt++) {
            try {
                if (combinable) {
                    return placeCombined(command);
                }
                // one transaction per attempt: a short line rolls back the rows reserved before it, and the key
                return transactions.execute(status -> placeOnce(command));
            } catch (HoldShortException e) {
                if (!e.raced() || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * A one-line hold without a key (a checkout racing for a SKU): placed where the stock is, then reserved together
     * with the other one-line holds of its row that arrive meanwhile ({@link HoldCombiner}).
     *
     * <p>The request thread asks the database nothing at a named location (one round trip, at most): the statement
     * that locks the row for the batch also finds whether the row exists and its location is active. When it does not,
     * or when nothing is available where the stock was sought, the hold is checked in full and answered as any other
     * (404 unknown SKU or location, 422 inactive location, 409 short) — those answers are rare, the holds that succeed
     * are not.
     */
    private Placed placeCombined(PlaceHoldCommand command) {
        PlaceHoldCommand.Request request = command.request();
        HoldPlacement placement;
        try {
            placement = placement(request);
        } catch (HoldShortException e) {
            // nothing available anywhere may mean an unknown SKU: that is 404, not 409
            requireKnown(request);
            throw e;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        CheckoutHold hold = new CheckoutHold(UUID.randomUUID(), command.clientId(), HoldStatus.ACTIVE,
                now.plus(request.ttl()), null, now, placement.lines());
        try {
            return new Placed(combiner.place(hold, request.locationId() == null), false);
        } catch (HoldCombiner.UnusableRowException e) {
            // no stock row there or the location is not active: one transaction with every check says which
            return transactions.execute(status -> placeOnce(command));
        }
    }

    /** Where each line goes; throws when a line cannot be covered by what the snapshot shows. */
    private HoldPlacement placement(PlaceHoldCommand.Request request) {
        HoldPlacement placement = request.locationId() != null
                ? HoldPlacement.at(request.locationId(), request.lines())
                : HoldPlacement.choose(request.lines(), available.findAvailable(skus(request)).stream()
                        .map(row -> new StockLevel(new StockKey(row.locationId(), row.sku()), row.onHand(),
                                row.reserved(), row.safetyStock()))
                        .toList());
        if (placement.isShort()) {
            throw new HoldShortException(IntStream.range(0, request.lines().size())
                    .mapToObj(i -> shortLine(i, request.lines().get(i), placement.shortages()))
                    .flatMap(Optional::stream)
                    .toList(), false);
        }
        return placement;
    }

    private Placed placeOnce(PlaceHoldCommand command) {
        PlaceHoldCommand.Request request = command.request();
        requireKnown(request);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (command.idempotencyKey() != null) {
            // claimed before any stock row is locked: a concurrent retry waits here, holding nothing, then replays
            Optional<CheckoutHoldsPort.KeyUse> earlier = holds.claim(command.clientId(), command.idempotencyKey(),
                    request, now);
            if (earlier.isPresent()) {
                if (!earlier.get().request().equals(request)) {
                    throw new IdempotencyKeyReusedException(command.idempotencyKey(), "a different hold request");
                }
                return new Placed(holds.find(earlier.get().holdId()).orElseThrow(), true);
            }
        }
        HoldPlacement placement = placement(request);
        CheckoutHold hold = new CheckoutHold(UUID.randomUUID(), command.clientId(), HoldStatus.ACTIVE,
                now.plus(request.ttl()), null, now, placement.lines());
        // everything that does not depend on the stock first: the reservations below take the stock rows' locks,
        // held until the commit, and on a hot row every statement after them makes the next hold wait
        holds.insert(hold);
        if (command.idempotencyKey() != null) {
            holds.complete(command.clientId(), command.idempotencyKey(), hold.id());
        }
        events.holdPlaced(hold);
        List<StockLevel> changed = new ArrayList<>();
        // in key order, as every writer locks stock rows; each statement checks, reserves and records the movement
        List<HoldLine> inKeyOrder = hold.lines().stream().sorted(Comparator.comparing(HoldLine::key)).toList();
        for (HoldLine line : inKeyOrder) {
            Optional<StockLevel> after = stock.reserveIfAvailable(line.key(), line.quantity(), StockMovementKind.HOLD,
                    hold.id().toString(), command.clientId(), now);
            if (after.isEmpty()) {
                // rolls back everything above with it
                throw shortAfterReserving(request, hold, changed);
            }
            changed.add(after.get());
        }
        changed.forEach(level -> events.stockChanged(level, StockChangeReasons.HOLD));
        return new Placed(hold, false);
    }

    private void requireKnown(PlaceHoldCommand.Request request) {
        Set<String> knownSkus = known.existingSkus(skus(request));
        List<UnknownStockException.UnknownTarget> unknown = new ArrayList<>();
        Optional<Boolean> location = request.locationId() == null ? Optional.empty()
                : locations.isActive(request.locationId());
        boolean locationUnknown = request.locationId() != null && location.isEmpty();
        for (int i = 0; i < request.lines().size(); i++) {
            String sku = request.lines().get(i).sku();
            if (!knownSkus.contains(sku) || (locationUnknown && i == 0)) {
                unknown.add(new UnknownStockException.UnknownTarget(i, request.locationId(), sku,
                        locationUnknown && i == 0, !knownSkus.contains(sku)));
            }
        }
        if (!unknown.isEmpty()) {
            throw new UnknownStockException(unknown);
        }
        if (location.isPresent() && !location.get()) {
            throw new InactiveLocationException(request.locationId());
        }
    }

    /**
     * A conditional update found less than asked: every line is checked again against the stock as this transaction
     * sees it (the units it reserved itself added back), so that the answer names each short line.
     */
    private HoldShortException shortAfterReserving(PlaceHoldCommand.Request request, CheckoutHold hold,
                                                   List<StockLevel> reservedHere) {
        List<HoldShortException.ShortLine> lines = new ArrayList<>();
        for (int i = 0; i < hold.lines().size(); i++) {
            HoldLine line = hold.lines().get(i);
            int mine = reservedHere.stream().anyMatch(level -> level.key().equals(line.key())) ? line.quantity() : 0;
            int available = stock.find(line.key()).map(StockLevel::available).orElse(0) + mine;
            if (available < line.quantity()) {
                lines.add(new HoldShortException.ShortLine(i, new Shortage(line.key().locationId(),
                        line.key().sku(), line.quantity(), available)));
            }
        }
        return new HoldShortException(lines, request.locationId() == null);
    }

    private static Optional<HoldShortException.ShortLine> shortLine(int index, HoldRequestLine line,
                                                                    List<Shortage> shortages) {
        return shortages.stream().filter(s -> s.sku().equals(line.sku())).findFirst()
                .map(s -> new HoldShortException.ShortLine(index, s));
    }

    private static List<String> skus(PlaceHoldCommand.Request request) {
        return request.lines().stream().map(HoldRequestLine::sku).toList();
    }
}
