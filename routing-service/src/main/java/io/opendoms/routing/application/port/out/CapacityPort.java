package io.opendoms.routing.application.port.out;

import io.opendoms.routing.engine.SourcingProblem.LocationDay;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Fulfillments planned per location and ship date, against the locations' {@code dailyCapacity}. Counts change by
 * atomic increments and decrements, in the caller's transaction.
 */
public interface CapacityPort {

    /** The counts of these locations for ship dates {@code from} to {@code to} (inclusive); absent means none. */
    Map<LocationDay, Integer> used(Collection<String> locationIds, LocalDate from, LocalDate to);

    /** One more fulfillment planned at the location on that date; counted only for a location with a capacity. */
    void use(String locationId, LocalDate shipDate);

    /**
     * One fewer (never below zero): a planned fulfillment will not ship after all (its reservation failed, or it was
     * rejected or cancelled).
     */
    void release(String locationId, LocalDate shipDate);
}
