package io.opendoms.routing.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One question for a {@link SourcingPlanner}: source these lines for this destination.
 *
 * @param destination     coordinates of the ship-to address, {@code null} when unknown
 * @param destinationZone time zone of the ship-to address, {@code null} when unknown (the deadline then counts in
 *                        the configured {@code defaultTimeZone})
 * @param orderedAt       when the customer ordered: the delivery deadline counts from its date
 * @param at              the instant the plan is made as of: ship dates and cut-offs count from it
 * @param excluded        location/line pairs not to source from (the location failed to reserve, rejected or
 *                        short-picked that line for this order)
 * @param holds           quantities held for this order at a location (a checkout hold): they must be sourced
 *                        there, and are available to this order on top of the location's available stock
 * @param capacityUsed    fulfillments already planned per location and ship date, against {@code dailyCapacity}
 */
public record SourcingProblem(
        List<OrderLine> lines,
        DeliveryMethod deliveryMethod,
        ServiceLevel serviceLevel,
        String pickupLocationId,
        String channel,
        GeoPoint destination,
        ZoneId destinationZone,
        Instant orderedAt,
        Instant at,
        Set<Exclusion> excluded,
        List<Hold> holds,
        Map<LocationDay, Integer> capacityUsed) {

    public SourcingProblem {
        lines = List.copyOf(lines);
        Objects.requireNonNull(deliveryMethod, "deliveryMethod");
        Objects.requireNonNull(serviceLevel, "serviceLevel");
        Objects.requireNonNull(orderedAt, "orderedAt");
        Objects.requireNonNull(at, "at");
        excluded = Set.copyOf(excluded);
        holds = List.copyOf(holds);
        capacityUsed = Map.copyOf(capacityUsed);
    }

    /** A problem without exclusions, holds or used capacity, planned as of {@code at} for an order of then. */
    public static SourcingProblem of(List<OrderLine> lines, DeliveryMethod deliveryMethod, ServiceLevel serviceLevel,
                                     String pickupLocationId, String channel, GeoPoint destination, Instant at) {
        return new SourcingProblem(lines, deliveryMethod, serviceLevel, pickupLocationId, channel, destination, null,
                at, at, Set.of(), List.of(), Map.of());
    }

    public SourcingProblem withOrderedAt(Instant orderedAt) {
        return new SourcingProblem(lines, deliveryMethod, serviceLevel, pickupLocationId, channel, destination,
                destinationZone, orderedAt, at, excluded, holds, capacityUsed);
    }

    public SourcingProblem withDestinationZone(ZoneId zone) {
        return new SourcingProblem(lines, deliveryMethod, serviceLevel, pickupLocationId, channel, destination,
                zone, orderedAt, at, excluded, holds, capacityUsed);
    }

    public SourcingProblem withExcluded(Set<Exclusion> excluded) {
        return new SourcingProblem(lines, deliveryMethod, serviceLevel, pickupLocationId, channel, destination,
                destinationZone, orderedAt, at, excluded, holds, capacityUsed);
    }

    public SourcingProblem withHolds(List<Hold> holds) {
        return new SourcingProblem(lines, deliveryMethod, serviceLevel, pickupLocationId, channel, destination,
                destinationZone, orderedAt, at, excluded, holds, capacityUsed);
    }

    public SourcingProblem withCapacityUsed(Map<LocationDay, Integer> capacityUsed) {
        return new SourcingProblem(lines, deliveryMethod, serviceLevel, pickupLocationId, channel, destination,
                destinationZone, orderedAt, at, excluded, holds, capacityUsed);
    }

    public boolean isExcluded(String locationId, String lineId) {
        return !excluded.isEmpty() && excluded.contains(new Exclusion(locationId, lineId));
    }

    public record Exclusion(String locationId, String lineId) {
    }

    public record Hold(String locationId, String lineId, int quantity) {

        public Hold {
            Objects.requireNonNull(locationId, "locationId");
            Objects.requireNonNull(lineId, "lineId");
            if (quantity <= 0) {
                throw new IllegalArgumentException("hold quantity must be positive: " + quantity);
            }
        }
    }

    public record LocationDay(String locationId, LocalDate date) {
    }
}
