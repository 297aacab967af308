package io.opendoms.routing.domain;

import io.opendoms.routing.engine.Location;
import io.opendoms.routing.engine.Network;
import io.opendoms.routing.engine.RoutingPolicy;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A back-test: the first decisions of the orders that arrived in [from, to) (at most {@code limit}) planned again
 * from their stored inputs under {@code policy}, with {@code closedLocations} closed and the carrier services in
 * {@code removedServices} ("CARRIER" for all its services, "CARRIER SERVICE" for one) removed.
 */
public record Backtest(Instant from, Instant to, RoutingPolicy policy, Set<String> closedLocations,
                       Set<String> removedServices, int limit) {

    public static final int MAX_LIMIT = 5000;

    public Backtest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(policy, "policy");
        closedLocations = closedLocations == null ? Set.of() : Set.copyOf(closedLocations);
        removedServices = removedServices == null ? Set.of() : Set.copyOf(removedServices);
    }

    /** The policy without the removed services. */
    public RoutingPolicy effectivePolicy() {
        if (removedServices.isEmpty()) {
            return policy;
        }
        return new RoutingPolicy(policy.zonesKm(), policy.services().stream()
                .filter(s -> !removedServices.contains(s.carrier())
                        && !removedServices.contains(s.carrier() + " " + s.service()))
                .toList(), policy.handling(), policy.serviceLevelDays(), policy.splitPenalty(), policy.maxShipments(),
                policy.allowLineSplit(), policy.latePenaltyPerDay(), policy.defaultTimeZone(), policy.channelRules());
    }

    /** The network as stored, with the closed locations inactive. */
    public Network effectiveNetwork(Network network) {
        if (closedLocations.isEmpty()) {
            return network;
        }
        Map<String, Location> locations = new LinkedHashMap<>();
        network.locations().forEach((id, l) -> locations.put(id, closedLocations.contains(id)
                ? new Location(l.id(), l.type(), l.position(), l.timeZone(), l.capabilities(), l.cutoffTime(),
                        l.dailyCapacity(), false, l.handling())
                : l));
        return new Network(locations, network.items(), network.available());
    }
}
