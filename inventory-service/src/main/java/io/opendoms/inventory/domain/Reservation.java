package io.opendoms.inventory.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Units of one order line held at one location for a routing decision. */
public record Reservation(
        UUID id,
        UUID orderId,
        UUID decisionId,
        String locationId,
        String sku,
        String lineId,
        int quantity,
        int consumedQuantity,
        ReservationStatus status,
        Instant createdAt) {

    public Reservation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(locationId, "locationId");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if (quantity <= 0 || consumedQuantity < 0 || consumedQuantity > quantity) {
            throw new IllegalArgumentException("bad reservation quantities: " + consumedQuantity + "/" + quantity);
        }
    }

    public int remaining() {
        return status == ReservationStatus.ACTIVE ? quantity - consumedQuantity : 0;
    }

    /**
     * Gives back up to {@code units} of what remains (a shortage): the reservation keeps what was consumed, is
     * CONSUMED when nothing is left of it after some was consumed, RELEASED when none was.
     */
    public Reservation cut(int units) {
        int taken = Math.min(Math.max(0, units), remaining());
        if (taken == 0) {
            return this;
        }
        if (taken < remaining()) {
            return new Reservation(id, orderId, decisionId, locationId, sku, lineId, quantity - taken, consumedQuantity,
                    status, createdAt);
        }
        return consumedQuantity == 0
                ? new Reservation(id, orderId, decisionId, locationId, sku, lineId, quantity, 0,
                        ReservationStatus.RELEASED, createdAt)
                : new Reservation(id, orderId, decisionId, locationId, sku, lineId, consumedQuantity, consumedQuantity,
                        ReservationStatus.CONSUMED, createdAt);
    }

    /** Consumes up to {@code wanted} units; CONSUMED once nothing remains. */
    public Reservation consume(int wanted) {
        int taken = Math.min(Math.max(0, wanted), remaining());
        int consumed = consumedQuantity + taken;
        return new Reservation(id, orderId, decisionId, locationId, sku, lineId, quantity, consumed,
                consumed == quantity ? ReservationStatus.CONSUMED : status, createdAt);
    }
}
