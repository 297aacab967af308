package io.opendoms.fulfillment.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a fulfillment order is in trouble, as of {@code now}. Pure rules, so that they are tested with a fixed clock.
 *
 * <ul>
 *   <li>LATE: neither delivered nor collected (nor rejected or cancelled) once its promised delivery date is over
 *       (end of that day, UTC). The fulfillment order stores no planned ship date, so lateness is measured
 *       against delivery only.</li>
 *   <li>DELIVERY_EXCEPTION: while the carrier's last word is an exception.</li>
 *   <li>REJECTED: the location refused it; never resolved by itself (ops acknowledge it).</li>
 *   <li>STUCK: released, picking, packed, shipped, in transit or out for delivery, with no update for longer than
 *       {@code stuckAfter}. A pickup at the counter has its own expiry; a delivery exception is its own kind.</li>
 * </ul>
 */
public final class ExceptionRules {

    private static final Set<FulfillmentStatus> CAN_BE_STUCK = EnumSet.of(FulfillmentStatus.RELEASED,
            FulfillmentStatus.PICKING, FulfillmentStatus.PACKED, FulfillmentStatus.SHIPPED,
            FulfillmentStatus.IN_TRANSIT, FulfillmentStatus.OUT_FOR_DELIVERY);

    private ExceptionRules() {
    }

    /** The kinds that hold for {@code fo} now. */
    public static Set<ExceptionKind> holding(FulfillmentOrder fo, Instant now, Duration stuckAfter) {
        Set<ExceptionKind> kinds = EnumSet.noneOf(ExceptionKind.class);
        if (isLate(fo, now)) {
            kinds.add(ExceptionKind.LATE);
        }
        if (fo.getStatus() == FulfillmentStatus.DELIVERY_EXCEPTION) {
            kinds.add(ExceptionKind.DELIVERY_EXCEPTION);
        }
        if (fo.getStatus() == FulfillmentStatus.REJECTED) {
            kinds.add(ExceptionKind.REJECTED);
        }
        if (isStuck(fo, now, stuckAfter)) {
            kinds.add(ExceptionKind.STUCK);
        }
        return kinds;
    }

    public static boolean isLate(FulfillmentOrder fo, Instant now) {
        if (fo.getPromisedDeliveryDate() == null || fo.getStatus().isTerminal() || fo.getStatus().isClosed()) {
            return false;
        }
        return !now.isBefore(fo.getPromisedDeliveryDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    public static boolean isStuck(FulfillmentOrder fo, Instant now, Duration stuckAfter) {
        return CAN_BE_STUCK.contains(fo.getStatus()) && fo.getUpdatedAt().plus(stuckAfter).isBefore(now);
    }

    /**
     * Whether an open exception of {@code kind} is over after a change of {@code fo}: LATE once delivered, collected,
     * rejected or cancelled; DELIVERY_EXCEPTION once the carrier moved on; STUCK on any update; REJECTED never.
     */
    public static boolean resolvedByChange(ExceptionKind kind, FulfillmentOrder fo) {
        return switch (kind) {
            case LATE -> fo.getStatus().isTerminal() || fo.getStatus().isClosed();
            case DELIVERY_EXCEPTION -> fo.getStatus() != FulfillmentStatus.DELIVERY_EXCEPTION;
            case STUCK -> true;
            case REJECTED -> false;
        };
    }

    /** Why {@code kind} holds, in words, for the ops queue. */
    public static String detail(ExceptionKind kind, FulfillmentOrder fo, Duration stuckAfter) {
        return switch (kind) {
            case LATE -> "not delivered by " + fo.getPromisedDeliveryDate() + " (status " + fo.getStatus() + ")";
            case DELIVERY_EXCEPTION -> "carrier " + fo.getCarrier() + " reported an exception for "
                    + fo.getTrackingNumber();
            case REJECTED -> "rejected by " + fo.getLocationId();
            case STUCK -> fo.getStatus() + " without an update since " + fo.getUpdatedAt() + " (more than "
                    + stuckAfter + ")";
        };
    }
}
