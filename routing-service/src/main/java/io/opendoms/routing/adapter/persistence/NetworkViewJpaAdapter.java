package io.opendoms.routing.adapter.persistence;

import io.opendoms.routing.application.port.out.LoadNetworkPort;
import io.opendoms.routing.application.port.out.UpdateNetworkViewPort;
import io.opendoms.routing.engine.Capability;
import io.opendoms.routing.engine.GeoPoint;
import io.opendoms.routing.engine.Item;
import io.opendoms.routing.engine.Location;
import io.opendoms.routing.engine.LocationType;
import io.opendoms.routing.engine.Network;
import io.opendoms.routing.engine.StockKey;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Routing's network view. Plans read it with plain JDBC (nothing becomes a managed entity that the transaction
 * would hydrate and dirty-check): the locations from memory, reloaded only when {@code network_version} moved;
 * the items and stock of the order's SKUs from the database.
 */
@Component
class NetworkViewJpaAdapter implements LoadNetworkPort, UpdateNetworkViewPort {

    private final LocationViewJpaRepository locations;
    private final ItemViewJpaRepository items;
    private final StockViewJpaRepository stock;
    private final NetworkJpaMapper mapper;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    private volatile CachedLocations cachedLocations = new CachedLocations(-1, Map.of());

    NetworkViewJpaAdapter(LocationViewJpaRepository locations, ItemViewJpaRepository items,
                          StockViewJpaRepository stock, NetworkJpaMapper mapper, JdbcTemplate jdbc, Clock clock) {
        this.locations = locations;
        this.items = items;
        this.stock = stock;
        this.mapper = mapper;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Network loadFor(Collection<String> skus) {
        String[] skuArray = skus.toArray(String[]::new);
        Map<String, Item> itemsBySku = new HashMap<>();
        jdbc.query("SELECT sku, weight_kg, dc_only, ship_alone FROM item_view WHERE sku = ANY (?)",
                rs -> {
                    itemsBySku.put(rs.getString(1), new Item(rs.getString(1), rs.getBigDecimal(2), rs.getBoolean(3),
                            rs.getBoolean(4)));
                },
                (Object) skuArray);
        Map<StockKey, Integer> available = new HashMap<>();
        jdbc.query("SELECT location_id, sku, available FROM stock_view WHERE sku = ANY (?)",
                rs -> {
                    available.put(new StockKey(rs.getString(1), rs.getString(2)), rs.getInt(3));
                },
                (Object) skuArray);
        return new Network(currentLocations(), itemsBySku, available);
    }

    /** The locations as of the current {@code network_version}: from memory unless it moved. */
    private Map<String, Location> currentLocations() {
        Long version = jdbc.queryForObject("SELECT version FROM network_version WHERE id = 1", Long.class);
        long current = version == null ? 0 : version;
        CachedLocations cached = cachedLocations;
        if (cached.version() == current) {
            return cached.locations();
        }
        // read after the version: what is read is at least as new as the version it is cached under
        Map<String, Location> loaded = new HashMap<>();
        jdbc.query("""
                        SELECT location_id, type, latitude, longitude, time_zone, capabilities, cutoff_time,
                               daily_capacity, active FROM location_view""",
                rs -> {
                    Location location = location(rs);
                    loaded.put(location.id(), location);
                });
        Map<String, Location> immutable = Map.copyOf(loaded);
        cachedLocations = new CachedLocations(current, immutable);
        return immutable;
    }

    private static Location location(ResultSet rs) throws SQLException {
        Time cutoff = rs.getTime(7);
        int capacity = rs.getInt(8);
        Integer dailyCapacity = rs.wasNull() ? null : capacity;
        return new Location(rs.getString(1), LocationType.valueOf(rs.getString(2)),
                new GeoPoint(rs.getDouble(3), rs.getDouble(4)), ZoneId.of(rs.getString(5)), capabilities(rs.getArray(6)),
                cutoff == null ? null : cutoff.toLocalTime(), dailyCapacity, rs.getBoolean(9));
    }

    private static Set<Capability> capabilities(Array array) throws SQLException {
        Set<Capability> set = EnumSet.noneOf(Capability.class);
        for (Object name : (Object[]) array.getArray()) {
            set.add(Capability.valueOf((String) name));
        }
        return set;
    }

    @Override
    public void saveLocation(Location location) {
        LocationViewJpaEntity entity = mapper.toEntity(location);
        entity.setUpdatedAt(clock.instant());
        locations.save(entity);
        // in the same transaction: readers reload the locations once it commits
        jdbc.update("UPDATE network_version SET version = version + 1 WHERE id = 1");
    }

    @Override
    public void saveItem(Item item) {
        ItemViewJpaEntity entity = mapper.toEntity(item);
        entity.setUpdatedAt(clock.instant());
        items.save(entity);
    }

    @Override
    public void saveAvailable(String locationId, String sku, int available) {
        stock.upsert(locationId, sku, available, clock.instant());
    }

    @Override
    public void setAside(String locationId, String sku, int quantity) {
        jdbc.update("update stock_view set available = greatest(available - ?, 0) where location_id = ? and sku = ?",
                quantity, locationId, sku);
    }

    private record CachedLocations(long version, Map<String, Location> locations) {
    }
}
