package io.opendoms.fulfillment.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a fulfillment order is in trouble, as of {@code now}. Pure rules, so that they are tested with a fixed clock.
 * Dates end at midnight in the location's time zone ({@code zone}; UTC when the location's zone is unknown).
 *
 * <ul>
 *   <li>LATE: not shipped (still released, picking or packed) once its planned ship date is over — for a pickup or
 *       curbside order, not ready at the counter by then —, or not delivered (nor rejected or cancelled) once its
 *       promised delivery date is over. A pickup waiting at the counter is the customer's to collect, not late: its
 *       expiry deals with it.</li>
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

    /** Still at the location, not handed over (to a carrier, or to the counter). */
    private static final Set<FulfillmentStatus> NOT_SHIPPED = EnumSet.of(FulfillmentStatus.RELEASED,
            FulfillmentStatus.PICKING, FulfillmentStatus.PACKED);

    private ExceptionRules() {
    }

    /** The kinds that hold for {@code fo} now. */
    public static Set<ExceptionKind> holding(FulfillmentOrder fo, Instant now, ZoneId zone, Duration stuckAfter) {
        Set<ExceptionKind> kinds = EnumSet.noneOf(ExceptionKind.class);
        if (isLate(fo, now, zone)) {
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

    public static boolean isLate(FulfillmentOrder fo, Instant now, ZoneId zone) {
        return isLateToShip(fo, now, zone) || isLateToDeliver(fo, now, zone);
    }

    /** Not handed over by the end of its planned ship date. */
    public static boolean isLateToShip(FulfillmentOrder fo, Instant now, ZoneId zone) {
        return fo.getShipDate() != null && NOT_SHIPPED.contains(fo.getStatus()) && over(fo.getShipDate(), now, zone);
    }

    /** Not delivered by the end of its promised delivery date (a pickup at the counter aside). */
    public static boolean isLateToDeliver(FulfillmentOrder fo, Instant now, ZoneId zone) {
        if (fo.getPromisedDeliveryDate() == null || fo.getStatus().isTerminal() || fo.getStatus().isClosed()
                || fo.getStatus() == FulfillmentStatus.READY_FOR_PICKUP) {
            return false;
        }
        return over(fo.getPromisedDeliveryDate(), now, zone);
    }

    private static boolean over(LocalDate date, Instant now, ZoneId zone) {
        return !now.isBefore(date.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public static boolean isStuck(FulfillmentOrder fo, Instant now, Duration stuckAfter) {
        return CAN_BE_STUCK.contains(fo.getStatus()) && fo.getUpdatedAt().plus(stuckAfter).isBefore(now);
    }

    /**
     * Whether an open exception of {@code kind} is over after a change of {@code fo}: LATE once it no longer is
     * (shipped in time for its promised date, delivered, collected, ready at the counter, rejected or cancelled);
     * DELIVERY_EXCEPTION once the carrier moved on; STUCK on any update; REJECTED never.
     */
    public static boolean resolvedByChange(ExceptionKind kind, FulfillmentOrder fo, Instant now, ZoneId zone) {
        return switch (kind) {
            case LATE -> !isLate(fo, now, zone);
            case DELIVERY_EXCEPTION -> fo.getStatus() != FulfillmentStatus.DELIVERY_EXCEPTION;
            case STUCK -> true;
            case REJECTED -> false;
        };
    }

    /** Why {@code kind} holds, in words, for the ops queue. */
    public static String detail(ExceptionKind kind, FulfillmentOrder fo, Instant now, ZoneId zone,
                                Duration stuckAfter) {
        return switch (kind) {
            case LATE -> isLateToShip(fo, now, zone)
                    ? "not shipped by " + fo.getShipDate() + " (status " + fo.getStatus() + ")"
                    : "not delivered by " + fo.getPromisedDeliveryDate() + " (status " + fo.getStatus() + ")";
            case DELIVERY_EXCEPTION -> "carrier " + fo.getCarrier() + " reported an exception for "
                    + fo.getTrackingNumber();
            case REJECTED -> "rejected by " + fo.getLocationId();
            case STUCK -> fo.getStatus() + " without an update since " + fo.getUpdatedAt() + " (more than "
                    + stuckAfter + ")";
        };
    }
}
