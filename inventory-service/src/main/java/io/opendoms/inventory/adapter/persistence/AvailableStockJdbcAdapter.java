package io.opendoms.inventory.adapter.persistence;

import io.opendoms.inventory.application.AvailableStockPort;
import io.opendoms.inventory.domain.AvailableStock;
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
 * otherwise be hydrated as entities only to be dropped. Rows with nothing available are left in the database. It
 * feeds the availability index (ADR 0013), which filters near a point in memory.
 */
@Component
class AvailableStockJdbcAdapter implements AvailableStockPort {

    private static final String SELECT = """
            select s.location_id, s.sku, s.on_hand, s.reserved, s.safety_stock, l.latitude, l.longitude
            from stock s join location l on l.location_id = s.location_id
            where s.sku = any (?) and l.active and s.on_hand - s.reserved - s.safety_stock > 0""";

    private final JdbcTemplate jdbc;

    AvailableStockJdbcAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AvailableStock> findAvailable(Collection<String> skus) {
        if (skus.isEmpty()) {
            return List.of();
        }
        return jdbc.execute((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement(SELECT)) {
                Array array = connection.createArrayOf("varchar", skus.toArray());
                try {
                    statement.setArray(1, array);
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
