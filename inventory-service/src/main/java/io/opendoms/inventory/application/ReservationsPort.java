package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.Reservation;
import io.opendoms.inventory.domain.StockKey;
import java.util.List;
import java.util.UUID;

/** Order reservations. */
public interface ReservationsPort {

    boolean existsForDecision(UUID decisionId);

    void insertAll(List<Reservation> reservations);

    /** ACTIVE reservations of an order line at a location, oldest first, locked for this transaction. */
    List<Reservation> lockActive(UUID orderId, String locationId, String lineId);

    /** ACTIVE reservations of any order at one stock row, newest first, locked for this transaction. */
    List<Reservation> lockActiveAt(StockKey key);

    /** Writes quantity, consumed quantity and status. */
    void update(Reservation reservation);
}
