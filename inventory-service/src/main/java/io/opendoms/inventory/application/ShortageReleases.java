package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.CheckoutHold;
import io.opendoms.inventory.domain.HoldStatus;
import io.opendoms.inventory.domain.Reservation;
import io.opendoms.inventory.domain.ReservationLine;
import io.opendoms.inventory.domain.ShortageCuts;
import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.domain.StockLevel;
import io.opendoms.inventory.domain.StockMovement;
import io.opendoms.inventory.domain.StockMovementKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When on hand falls below reserved (a lower count, an adjustment, a shipment of unreserved units), the units no
 * longer on the shelf are released in the same transaction: checkout holds first, then order reservations, newest
 * first within each ({@link ShortageCuts}). Ledger RELEASE (reason SHORTAGE); {@code HoldEnded} SHORTAGE for a hold
 * cut to nothing; {@code ReservationReleased} per order decision cut, for routing to source those lines again.
 */
@Component
class ShortageReleases {

    static final String SHORTAGE = "SHORTAGE";

    private static final Logger log = LoggerFactory.getLogger(ShortageReleases.class);

    private final CheckoutHoldsPort holds;
    private final ReservationsPort reservations;
    private final StockPort stock;
    private final StockLedgerPort ledger;
    private final PublishInventoryEventsPort events;

    ShortageReleases(CheckoutHoldsPort holds, ReservationsPort reservations, StockPort stock, StockLedgerPort ledger,
                     PublishInventoryEventsPort events) {
        this.holds = holds;
        this.reservations = reservations;
        this.stock = stock;
        this.ledger = ledger;
        this.events = events;
    }

    /**
     * Releases what on hand no longer covers of {@code level}, a row the caller's transaction has locked and whose
     * change it has recorded; returns the row after it ({@code level} itself when nothing is uncovered). The caller
     * publishes the row's {@code StockChanged}.
     */
    StockLevel settle(StockLevel level, Instant now) {
        int uncovered = level.uncovered();
        if (uncovered == 0) {
            return level;
        }
        StockKey key = level.key();
        // the row's lock is held: holds then reservations, as every writer of them locks them after their rows
        Map<UUID, CheckoutHold> holdsById = holds.lockActiveAt(key).stream()
                .collect(Collectors.toMap(CheckoutHold::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<UUID, Reservation> reservationsById = reservations.lockActiveAt(key).stream()
                .collect(Collectors.toMap(Reservation::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        ShortageCuts cuts = ShortageCuts.of(uncovered,
                holdsById.values().stream()
                        .map(hold -> new ShortageCuts.Claim(hold.id(), hold.createdAt(), hold.quantityAt(key))).toList(),
                reservationsById.values().stream()
                        .map(r -> new ShortageCuts.Claim(r.id(), r.createdAt(), r.remaining())).toList());
        if (cuts.uncut() > 0) {
            log.warn("{}: {} reserved units beyond on hand belong to no hold or reservation", key, cuts.uncut());
        }
        if (cuts.total() == 0) {
            return level;
        }
        if (!stock.release(key, cuts.total())) {
            throw new IllegalStateException("Stock " + key + " changed under its lock");
        }
        List<StockMovement> movements = new ArrayList<>();
        StockLevel current = level;
        for (ShortageCuts.Cut cut : cuts.holds()) {
            CheckoutHold hold = holdsById.get(cut.id());
            StockLevel after = current.release(cut.quantity());
            movements.add(StockMovement.release(current, after, StockMovementKind.RELEASE, SHORTAGE, null,
                    hold.id().toString(), null, now));
            current = after;
            holds.cutLine(hold.id(), key, hold.quantityAt(key) - cut.quantity(), now);
            if (hold.totalQuantity() == cut.quantity()) {
                holds.end(hold.id(), HoldStatus.CUT_BY_SHORTAGE, null, now);
                events.holdEnded(new CheckoutHold(hold.id(), hold.clientId(), HoldStatus.CUT_BY_SHORTAGE,
                        hold.expiresAt(), null, hold.createdAt(), hold.lines()));
            }
        }
        Map<List<UUID>, List<ReservationLine>> releasedByDecision = new LinkedHashMap<>();
        for (ShortageCuts.Cut cut : cuts.reservations()) {
            Reservation reservation = reservationsById.get(cut.id());
            StockLevel after = current.release(cut.quantity());
            movements.add(StockMovement.release(current, after, StockMovementKind.RELEASE, SHORTAGE,
                    reservation.orderId(), reservation.decisionId().toString(), null, now));
            current = after;
            reservations.update(reservation.cut(cut.quantity()));
            releasedByDecision.computeIfAbsent(List.of(reservation.orderId(), reservation.decisionId()),
                    ignored -> new ArrayList<>()).add(new ReservationLine(reservation.locationId(),
                    reservation.lineId(), reservation.sku(), cut.quantity()));
        }
        ledger.record(movements);
        releasedByDecision.forEach((ids, lines) -> events.reservationReleased(ids.get(0), ids.get(1), lines));
        log.info("{}: on hand {} below reserved {}; released {} from {} holds and {} reservations", key,
                level.onHand(), level.reserved(), cuts.total(), cuts.holds().size(), cuts.reservations().size());
        return current;
    }
}
