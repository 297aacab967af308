package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.CheckoutHold;
import io.opendoms.inventory.domain.Item;
import io.opendoms.inventory.domain.Location;
import io.opendoms.inventory.domain.Reservation;
import io.opendoms.inventory.domain.ReservationLine;
import io.opendoms.inventory.domain.Shortage;
import io.opendoms.inventory.domain.StockLevel;
import java.util.List;
import java.util.UUID;

/**
 * Contract events of inventory. Implementations append to the outbox, so they must be called inside the
 * transaction that makes the change.
 */
public interface PublishInventoryEventsPort {

    void locationUpserted(Location location);

    void itemUpserted(Item item);

    void stockChanged(StockLevel level, String reason);

    void stockReserved(UUID orderId, UUID decisionId, List<Reservation> reservations);

    void reservationFailed(UUID orderId, UUID decisionId, List<Shortage> shortages);

    /** Units of an order's decision released without the order asking (a shortage), per line and location. */
    void reservationReleased(UUID orderId, UUID decisionId, List<ReservationLine> lines);

    void holdPlaced(CheckoutHold hold);

    /**
     * One-line holds placed together on one stock row (ADR 0009): a {@code HoldPlaced} per hold, with the correlation
     * id of its own request ({@code correlationIds.get(i)} for {@code holds.get(i)}, null for a new one), then the
     * row's {@code StockChanged} after them. Appended together, in one statement.
     */
    void holdsPlaced(List<CheckoutHold> holds, List<String> correlationIds, StockLevel after, String reason);

    /** A hold in its final state; its status says why it ended, its order id what converted it. */
    void holdEnded(CheckoutHold hold);
}
