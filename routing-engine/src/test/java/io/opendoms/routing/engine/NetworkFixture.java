package io.opendoms.routing.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Locations around a customer at ZIP 10001 (Manhattan); distances in comments are haversine from there. */
public final class NetworkFixture {

    static final GeoPoint MANHATTAN = new GeoPoint(40.75065, -73.997293);
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    /** Monday 2026-11-23, 09:00 in Chicago, 10:00 in New York. */
    static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T15:00:00Z");

    private final Map<String, Location> locations = new HashMap<>();
    private final Map<String, Item> items = new HashMap<>();
    private final Map<StockKey, Integer> stock = new HashMap<>();

    static NetworkFixture aNetwork() {
        return new NetworkFixture();
    }

    /** 43.5 km, zone 1. */
    static Location edisonDc() {
        return location("DC-EDISON", LocationType.DISTRIBUTION_CENTER, 40.5187, -74.4121, NEW_YORK);
    }

    /** 132.9 km, zone 2. */
    static Location philadelphiaDc() {
        return location("DC-PHL", LocationType.DISTRIBUTION_CENTER, 39.9526, -75.1652, NEW_YORK);
    }

    /** 1144.2 km, zone 5. */
    static Location chicagoDc() {
        return location("DC-CHI", LocationType.DISTRIBUTION_CENTER, 41.8781, -87.6298, CHICAGO);
    }

    /** 1.3 km. */
    static Location midtownStore() {
        return new Location("STORE-MIDTOWN", LocationType.STORE, new GeoPoint(40.7580, -73.9855), NEW_YORK,
                EnumSet.of(Capability.SHIP, Capability.PICKUP, Capability.CURBSIDE), LocalTime.of(18, 0), 100,
                true);
    }

    /** 9.2 km. */
    static Location brooklynDarkStore() {
        return location("DARK-BROOKLYN", LocationType.DARK_STORE, 40.6782, -73.9442, NEW_YORK);
    }

    static Location location(String id, LocationType type, double lat, double lon, ZoneId zone) {
        return new Location(id, type, new GeoPoint(lat, lon), zone, EnumSet.of(Capability.SHIP),
                LocalTime.of(15, 0), 500, true);
    }

    static Location withCapabilities(Location l, Set<Capability> capabilities) {
        return new Location(l.id(), l.type(), l.position(), l.timeZone(), capabilities, l.cutoffTime(),
                l.dailyCapacity(), l.active());
    }

    static Location inactive(Location l) {
        return new Location(l.id(), l.type(), l.position(), l.timeZone(), l.capabilities(), l.cutoffTime(),
                l.dailyCapacity(), false);
    }

    NetworkFixture with(Location location) {
        locations.put(location.id(), location);
        return this;
    }

    NetworkFixture item(String sku, String weightKg) {
        items.put(sku, new Item(sku, new BigDecimal(weightKg), false, false));
        return this;
    }

    NetworkFixture dcOnlyItem(String sku, String weightKg) {
        items.put(sku, new Item(sku, new BigDecimal(weightKg), true, false));
        return this;
    }

    NetworkFixture stock(Location location, String sku, int available) {
        locations.putIfAbsent(location.id(), location);
        stock.put(new StockKey(location.id(), sku), available);
        return this;
    }

    Network build() {
        return new Network(locations, items, stock);
    }

    static OrderLine line(String lineId, String sku, int quantity) {
        return new OrderLine(lineId, sku, quantity);
    }

    static SourcingProblem ship(ServiceLevel level, Instant at, OrderLine... lines) {
        return SourcingProblem.of(List.of(lines), DeliveryMethod.SHIP, level, null, "storefront", MANHATTAN, at);
    }

    static SourcingProblem pickup(DeliveryMethod method, String locationId, OrderLine... lines) {
        return SourcingProblem.of(List.of(lines), method, ServiceLevel.SAME_DAY, locationId, "storefront",
                MANHATTAN, MONDAY_MORNING);
    }

    private NetworkFixture() {
    }
}
