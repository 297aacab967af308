package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.Reservation;
import java.util.List;
import java.util.UUID;

/** Order reservations. */
public interface ReservationsPort {

    boolean existsForDecision(UUID decisionId);

    void insertAll(List<Reservation> reservations);

    /** ACTIVE reservations of an order line at a location, oldest first, locked for this transaction. */
    List<Reservation> lockActive(UUID orderId, String locationId, String lineId);

    void update(Reservation reservation);
}
