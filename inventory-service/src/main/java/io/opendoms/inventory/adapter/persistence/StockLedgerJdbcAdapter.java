package io.opendoms.inventory.adapter.persistence;

import io.opendoms.inventory.application.MovementPage;
import io.opendoms.inventory.application.StockLedgerPort;
import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.domain.StockMovement;
import io.opendoms.inventory.domain.StockMovementKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ledger in plain JDBC: an append-only table with a generated id, written in batches (JPA cannot batch
 * identity inserts), in the JPA transaction of the stock change (they share its connection).
 */
@Component
class StockLedgerJdbcAdapter implements StockLedgerPort {

    private static final String INSERT = """
            insert into stock_movement (location_id, sku, kind, occurred_at, recorded_at, reason, order_id, reference,
                                        actor, on_hand_delta, reserved_delta, on_hand, reserved, physical_delta,
                                        counted)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;

    StockLedgerJdbcAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(List<StockMovement> movements) {
        if (movements.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(INSERT, movements, movements.size(), (statement, m) -> {
            statement.setString(1, m.key().locationId());
            statement.setString(2, m.key().sku());
            statement.setString(3, m.kind().name());
            statement.setObject(4, timestamp(m.occurredAt()));
            statement.setObject(5, timestamp(m.recordedAt()));
            statement.setString(6, m.reason());
            statement.setObject(7, m.orderId());
            statement.setString(8, m.reference());
            statement.setString(9, m.actor());
            statement.setInt(10, m.onHandDelta());
            statement.setInt(11, m.reservedDelta());
            statement.setInt(12, m.onHand());
            statement.setInt(13, m.reserved());
            statement.setInt(14, m.physicalDelta());
            statement.setObject(15, m.counted());
        });
    }

    @Override
    public long physicalChangeAfter(StockKey key, Instant instant) {
        // the predicate physical_delta <> 0 lets the partial index answer
        Long sum = jdbc.queryForObject("""
                select coalesce(sum(physical_delta), 0) from stock_movement
                where location_id = ? and sku = ? and occurred_at > ? and physical_delta <> 0""",
                Long.class, key.locationId(), key.sku(), timestamp(instant));
        return sum == null ? 0 : sum;
    }

    @Override
    public MovementPage page(StockKey key, int page, int size) {
        Long total = jdbc.queryForObject("select count(*) from stock_movement where location_id = ? and sku = ?",
                Long.class, key.locationId(), key.sku());
        List<StockMovement> items = jdbc.query("""
                select * from stock_movement where location_id = ? and sku = ?
                order by id desc limit ? offset ?""", (rs, row) -> movement(rs),
                key.locationId(), key.sku(), size, (long) page * size);
        return new MovementPage(items, page, size, total == null ? 0 : total);
    }

    private static StockMovement movement(ResultSet rs) throws SQLException {
        return new StockMovement(rs.getLong("id"), new StockKey(rs.getString("location_id"), rs.getString("sku")),
                StockMovementKind.valueOf(rs.getString("kind")), instant(rs, "occurred_at"),
                instant(rs, "recorded_at"), rs.getString("reason"), rs.getObject("order_id", UUID.class),
                rs.getString("reference"), rs.getString("actor"), rs.getInt("on_hand_delta"),
                rs.getInt("reserved_delta"), rs.getInt("on_hand"), rs.getInt("reserved"), rs.getInt("physical_delta"),
                rs.getObject("counted", Integer.class));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
