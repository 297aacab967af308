package io.opendoms.inventory.adapter.persistence;

import io.opendoms.inventory.application.AvailableStockPort;
import io.opendoms.inventory.domain.AvailableStock;
import io.opendoms.inventory.domain.BoundingBox;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Availability reads plain JDBC: thousands of rows per query (50 SKUs over hundreds of locations) would
 * otherwise be hydrated as entities only to be dropped. Rows with nothing available are left in the database.
 */
@Component
class AvailableStockJdbcAdapter implements AvailableStockPort {

    private static final String SELECT = """
            select s.location_id, s.sku, s.on_hand, s.reserved, s.safety_stock, l.latitude, l.longitude
            from stock s join location l on l.location_id = s.location_id
            where s.sku = any (?) and l.active and s.on_hand - s.reserved - s.safety_stock > 0""";
    private static final String IN_LATITUDES = " and l.latitude between ? and ?";
    private static final String IN_LONGITUDES = " and l.longitude between ? and ?";

    private final JdbcTemplate jdbc;

    AvailableStockJdbcAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AvailableStock> findAvailable(Collection<String> skus, BoundingBox within) {
        if (skus.isEmpty()) {
            return List.of();
        }
        String sql = SELECT + (within == null ? "" : IN_LATITUDES)
                + (within == null || within.minLongitude() == null ? "" : IN_LONGITUDES);
        return jdbc.execute((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                Array array = connection.createArrayOf("varchar", skus.toArray());
                try {
                    int p = 1;
                    statement.setArray(p++, array);
                    if (within != null) {
                        statement.setDouble(p++, within.minLatitude());
                        statement.setDouble(p++, within.maxLatitude());
                        if (within.minLongitude() != null) {
                            statement.setDouble(p++, within.minLongitude());
                            statement.setDouble(p, within.maxLongitude());
                        }
                    }
                    try (ResultSet rows = statement.executeQuery()) {
                        List<AvailableStock> result = new ArrayList<>();
                        while (rows.next()) {
                            result.add(new AvailableStock(rows.getString(1), rows.getString(2), rows.getInt(3),
                                    rows.getInt(4), rows.getInt(5), rows.getDouble(6), rows.getDouble(7)));
                        }
                        return result;
                    }
                } finally {
                    array.free();
                }
            }
        });
    }
}
