package io.opendoms.routing.domain;

import io.opendoms.routing.engine.Item;
import io.opendoms.routing.engine.Location;
import io.opendoms.routing.engine.Network;
import io.opendoms.routing.engine.OrderLine;
import io.opendoms.routing.engine.SourcingProblem;
import io.opendoms.routing.engine.StockKey;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a decision was planned from, kept so that it can be replayed exactly and back-tested under another
 * configuration: the problem (lines, destination, clock, exclusions, holds, capacity used) and the part of the
 * network the engine could source from — the stock of the order's SKUs that was available, the locations holding
 * it, the pickup and held locations, and the items. Locations without any of the stock are left out: they could
 * only have been candidates rejected for NO_STOCK. {@code configVersion}: the routing configuration in force (null
 * when not versioned).
 */
public record DecisionInputs(SourcingProblem problem, Network network, Long configVersion) {

    public DecisionInputs {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(network, "network");
    }

    /** The inputs of a plan of {@code problem} against {@code network}, keeping only what the plan could use. */
    public static DecisionInputs of(SourcingProblem problem, Network network, Long configVersion) {
        Set<String> skus = new HashSet<>();
        problem.lines().stream().map(OrderLine::sku).forEach(skus::add);
        Map<StockKey, Integer> stock = new HashMap<>();
        Set<String> locationIds = new HashSet<>();
        network.available().forEach((key, units) -> {
            if (units != null && units > 0 && skus.contains(key.sku())) {
                stock.put(key, units);
                locationIds.add(key.locationId());
            }
        });
        if (problem.pickupLocationId() != null) {
            locationIds.add(problem.pickupLocationId());
        }
        problem.holds().forEach(h -> locationIds.add(h.locationId()));
        Map<String, Location> locations = new HashMap<>();
        locationIds.forEach(id -> {
            Location l = network.locations().get(id);
            if (l != null) {
                locations.put(id, l);
            }
        });
        Map<String, Item> items = new HashMap<>();
        skus.forEach(sku -> {
            Item item = network.items().get(sku);
            if (item != null) {
                items.put(sku, item);
            }
        });
        return new DecisionInputs(problem, new Network(locations, items, stock), configVersion);
    }
}
