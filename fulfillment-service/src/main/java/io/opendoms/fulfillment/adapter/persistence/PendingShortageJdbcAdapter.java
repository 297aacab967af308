package io.opendoms.fulfillment.adapter.persistence;

import io.opendoms.fulfillment.application.PendingShortagePort;
import io.opendoms.fulfillment.domain.FulfillmentOrder.PickedLine;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class PendingShortageJdbcAdapter implements PendingShortagePort {

    /** Namespace of this service's advisory locks on orders (the first key of the two-int form). */
    private static final int ORDER_LOCKS = 0x46554c31;

    private final JdbcTemplate jdbc;

    PendingShortageJdbcAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A transaction-scoped advisory lock: there is no row to lock while the fulfillment orders do not exist yet,
     * and without it a shortage that finds none and the allocation that creates them could each miss the other's
     * uncommitted work. Held by one order's release or shortage at a time; a hash collision only serialises two
     * orders needlessly.
     */
    @Override
    public void lockOrder(UUID orderId) {
        jdbc.query("select pg_advisory_xact_lock(?, hashtext(?))", rs -> null, ORDER_LOCKS, orderId.toString());
    }

    @Override
    public void remember(UUID orderId, UUID decisionId, String locationId, List<PendingLine> lines,
                         Instant occurredAt) {
        for (PendingLine line : lines) {
            jdbc.update("""
                    insert into pending_shortage (order_id, decision_id, location_id, line_id, sku, quantity,
                                                  occurred_at, recorded_at)
                    values (?, ?, ?, ?, ?, ?, ?, now())""", orderId, decisionId, locationId, line.lineId(),
                    line.sku(), line.quantity(), Timestamp.from(occurredAt));
        }
    }

    @Override
    public List<PickedLine> take(UUID orderId, UUID decisionId, String locationId, Collection<String> lineIds) {
        if (lineIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    delete from pending_shortage
                    where order_id = ? and decision_id = ? and location_id = ? and line_id = any (?)
                    returning line_id, quantity""");
            ps.setObject(1, orderId);
            ps.setObject(2, decisionId);
            ps.setString(3, locationId);
            ps.setArray(4, con.createArrayOf("varchar", lineIds.toArray()));
            return ps;
        }, (rs, row) -> new PickedLine(rs.getString(1), rs.getInt(2)));
    }
}
