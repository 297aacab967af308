package io.opendoms.routing.adapter.persistence;

import io.opendoms.routing.application.port.out.BackorderPort;
import io.opendoms.routing.engine.OrderLine;
import io.opendoms.routing.engine.UnallocatedLine;
import io.opendoms.routing.engine.UnallocationReason;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class BackorderJdbcAdapter implements BackorderPort {

    /** A NO_STOCK backorder is due when some stock row of its SKU changed to available after it was checked. */
    private static final String DUE = """
            b.reason = 'NO_STOCK' and exists (select 1 from stock_view s
                where s.sku = b.sku and s.available > 0 and s.updated_at > b.checked_at)""";

    private final JdbcTemplate jdbc;

    BackorderJdbcAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(UUID orderId, List<UnallocatedLine> lines, Instant now) {
        if (lines.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(now);
        jdbc.batchUpdate("""
                insert into backorder (order_id, line_id, sku, quantity, reason, since, checked_at)
                select ?, ?, ?, ?, ?, coalesce(r.received_at, r.created_at), ?
                  from sourcing_request r where r.order_id = ?
                on conflict (order_id, line_id, reason)
                do update set quantity = backorder.quantity + excluded.quantity, checked_at = excluded.checked_at""",
                lines.stream().filter(l -> l.quantity() > 0).map(l -> new Object[] {orderId, l.lineId(), l.sku(),
                        l.quantity(), l.reason().name(), at, orderId}).toList());
    }

    @Override
    public List<UnallocatedLine> forOrder(UUID orderId) {
        return jdbc.query("""
                select line_id, sku, quantity, reason from backorder where order_id = ? order by line_id, reason""",
                (rs, row) -> new UnallocatedLine(rs.getString(1), rs.getString(2), rs.getInt(3),
                        UnallocationReason.valueOf(rs.getString(4))), orderId);
    }

    @Override
    public List<UUID> dueForRestock(int limit) {
        return jdbc.queryForList("select b.order_id from backorder b where " + DUE
                + " group by b.order_id order by min(b.since), b.order_id limit ?", UUID.class, limit);
    }

    @Override
    public List<OrderLine> restockable(UUID orderId) {
        return jdbc.query("select b.line_id, b.sku, b.quantity from backorder b where b.order_id = ? and " + DUE
                        + " order by b.line_id",
                (rs, row) -> new OrderLine(rs.getString(1), rs.getString(2), rs.getInt(3)), orderId);
    }

    @Override
    public void markChecked(UUID orderId, Instant now) {
        jdbc.update("update backorder set checked_at = ? where order_id = ?", Timestamp.from(now), orderId);
    }

    @Override
    public int cancel(UUID orderId, String lineId, int units) {
        int left = units;
        for (var row : jdbc.queryForList("""
                select reason, quantity from backorder where order_id = ? and line_id = ? order by reason""",
                orderId, lineId)) {
            if (left == 0) {
                break;
            }
            int quantity = ((Number) row.get("quantity")).intValue();
            int taken = Math.min(left, quantity);
            if (taken == quantity) {
                jdbc.update("delete from backorder where order_id = ? and line_id = ? and reason = ?", orderId, lineId,
                        row.get("reason"));
            } else {
                jdbc.update("update backorder set quantity = quantity - ? where order_id = ? and line_id = ? "
                        + "and reason = ?", taken, orderId, lineId, row.get("reason"));
            }
            left -= taken;
        }
        return units - left;
    }

    @Override
    public void remove(UUID orderId, List<OrderLine> lines) {
        for (OrderLine l : lines) {
            if (jdbc.update("""
                    delete from backorder where order_id = ? and line_id = ? and reason = 'NO_STOCK' and quantity <= ?""",
                    orderId, l.lineId(), l.quantity()) == 0) {
                jdbc.update("""
                        update backorder set quantity = quantity - ?
                        where order_id = ? and line_id = ? and reason = 'NO_STOCK'""", l.quantity(), orderId, l.lineId());
            }
        }
    }
}
