package io.opendoms.inventory.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of the stock ledger: what moved on hand or reserved of one stock row, when, why and on whose behalf.
 *
 * @param id            assigned when recorded; null before
 * @param occurredAt    when it happened on the shelf: the instant a count was taken, a shipment left; else when
 *                      it was recorded
 * @param reason        the adjustment's reason
 * @param orderId       the order of a reservation or shipment
 * @param reference     the routing decision of a reservation, the fulfillment of a shipment, the Idempotency-Key
 *                      of an adjustment
 * @param actor         the API client of a count or an adjustment
 * @param onHandDelta   what the movement changed of on hand; with {@code reservedDelta}, per stock row, the deltas
 *                      sum to the current figures
 * @param onHand        on hand after the movement
 * @param physicalDelta the change on the shelf the movement stands for, whether or not on hand took it (a count
 *                      may already reflect it): what a later-arriving, earlier count adds on top of itself
 * @param counted       the count of a snapshot, before the movements after it were applied on top
 */
public record StockMovement(
        Long id,
        StockKey key,
        StockMovementKind kind,
        Instant occurredAt,
        Instant recordedAt,
        String reason,
        UUID orderId,
        String reference,
        String actor,
        int onHandDelta,
        int reservedDelta,
        int onHand,
        int reserved,
        int physicalDelta,
        Integer counted) {

    public StockMovement {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** A count applied as of its {@code countedAt} (the level after it). */
    public static StockMovement snapshot(StockLevel before, StockLevel after, int counted, Instant recordedAt,
                                         String actor) {
        return new Builder(before, after, StockMovementKind.SNAPSHOT, after.countedAt(), recordedAt)
                .actor(actor).counted(counted).build();
    }

    public static StockMovement adjustment(StockLevel before, StockLevel after, int delta, String reason,
                                           String idempotencyKey, String actor, Instant recordedAt) {
        return new Builder(before, after, StockMovementKind.ADJUSTMENT, recordedAt, recordedAt)
                .physicalDelta(delta).reason(reason).reference(idempotencyKey).actor(actor).build();
    }

    public static StockMovement reservation(StockLevel before, StockLevel after, UUID orderId, UUID decisionId,
                                            Instant recordedAt) {
        return new Builder(before, after, StockMovementKind.RESERVATION, recordedAt, recordedAt)
                .order(orderId).reference(decisionId.toString()).build();
    }

    /** Reserved set back to what the live reservations hold; nothing physical moved. */
    public static StockMovement reconciliation(StockLevel before, StockLevel after, String actor, Instant recordedAt) {
        return new Builder(before, after, StockMovementKind.RECONCILIATION, recordedAt, recordedAt)
                .reason("RESERVED_DRIFT").actor(actor).build();
    }

    /** Units reserved by a checkout hold, placed by {@code clientId}. */
    public static StockMovement hold(StockLevel before, StockLevel after, UUID holdId, String clientId,
                                     Instant recordedAt) {
        return new Builder(before, after, StockMovementKind.HOLD, recordedAt, recordedAt)
                .reference(holdId.toString()).actor(clientId).build();
    }

    /**
     * Reserved units given back ({@link StockMovementKind#RELEASE} with a reason, or {@link StockMovementKind#EXPIRY});
     * {@code reference}: the hold, or the routing decision of an order's reservation.
     */
    public static StockMovement release(StockLevel before, StockLevel after, StockMovementKind kind, String reason,
                                        UUID orderId, String reference, String actor, Instant recordedAt) {
        return new Builder(before, after, kind, recordedAt, recordedAt)
                .reason(reason).order(orderId).reference(reference).actor(actor).build();
    }

    /** A hold's units at this row became order {@code orderId}'s reservation (reserved does not move). */
    public static StockMovement conversion(StockLevel level, UUID holdId, UUID orderId, Instant recordedAt) {
        return new Builder(level, level, StockMovementKind.CONVERSION, recordedAt, recordedAt)
                .order(orderId).reference(holdId.toString()).build();
    }

    public static StockMovement shipment(StockLevel before, StockLevel after, int quantity, Instant shippedAt,
                                         UUID orderId, UUID fulfillmentId, Instant recordedAt) {
        return new Builder(before, after, StockMovementKind.SHIPMENT, shippedAt, recordedAt)
                .physicalDelta(-quantity).order(orderId)
                .reference(fulfillmentId == null ? null : fulfillmentId.toString()).build();
    }

    /** Returned units back on hand: {@code reference} is the receipt, {@code reason} RETURN. */
    public static StockMovement restock(StockLevel before, StockLevel after, int quantity, Instant receivedAt,
                                        UUID orderId, UUID receiptId, Instant recordedAt) {
        return new Builder(before, after, StockMovementKind.RESTOCK, receivedAt, recordedAt)
                .physicalDelta(quantity).reason("RETURN").order(orderId).reference(receiptId.toString()).build();
    }

    private static final class Builder {

        private final StockLevel before;
        private final StockLevel after;
        private final StockMovementKind kind;
        private final Instant occurredAt;
        private final Instant recordedAt;
        private String reason;
        private UUID orderId;
        private String reference;
        private String actor;
        private int physicalDelta;
        private Integer counted;

        private Builder(StockLevel before, StockLevel after, StockMovementKind kind, Instant occurredAt,
                        Instant recordedAt) {
            if (!before.key().equals(after.key())) {
                throw new IllegalArgumentException("a movement of " + before.key() + " ends at " + after.key());
            }
            this.before = before;
            this.after = after;
            this.kind = kind;
            this.occurredAt = occurredAt;
            this.recordedAt = recordedAt;
        }

        Builder reason(String value) {
            reason = value;
            return this;
        }

        Builder order(UUID value) {
            orderId = value;
            return this;
        }

        Builder reference(String value) {
            reference = value;
            return this;
        }

        Builder actor(String value) {
            actor = value;
            return this;
        }

        Builder physicalDelta(int value) {
            physicalDelta = value;
            return this;
        }

        Builder counted(int value) {
            counted = value;
            return this;
        }

        StockMovement build() {
            return new StockMovement(null, after.key(), kind, occurredAt, recordedAt, reason, orderId, reference,
                    actor, after.onHand() - before.onHand(), after.reserved() - before.reserved(), after.onHand(),
                    after.reserved(), physicalDelta, counted);
        }
    }
}
