package io.opendoms.returns.adapter.persistence;

import io.opendoms.returns.application.ReceiptsPort;
import io.opendoms.returns.domain.ReturnReceipt;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class ReceiptsJdbcAdapter implements ReceiptsPort {

    private final JdbcTemplate jdbc;

    ReceiptsJdbcAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean seen(String partnerId, String eventId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from return_receipt where partner_id = ? and event_id = ?)", Boolean.class,
                partnerId, eventId));
    }

    @Override
    public Map<String, ReturnReceipt.Received> receivedByLine(UUID returnId) {
        Map<String, ReturnReceipt.Received> received = new HashMap<>();
        jdbc.query("""
                select line_id, sum(received), sum(refunded_units), sum(refunded) from (
                    select l.line_id, l.quantity as received, 0 as refunded_units, 0 as refunded
                    from return_receipt_line l join return_receipt r on r.receipt_id = l.receipt_id
                    where r.return_id = ?
                    union all
                    select line_id, 0, quantity, amount from return_refund_line where return_id = ?) units
                group by line_id""",
                rs -> {
                    received.put(rs.getString(1), new ReturnReceipt.Received(rs.getInt(2), rs.getInt(3),
                            rs.getBigDecimal(4)));
                }, returnId, returnId);
        return received;
    }

    @Override
    public void save(UUID receiptId, String partnerId, String eventId, UUID returnId, String locationId,
                     Instant occurredAt, List<ReturnReceipt.Accepted> lines, Instant at) {
        // (partner, event) is unique: a duplicate racing past the check fails here and is retried as a duplicate
        jdbc.update("""
                insert into return_receipt (receipt_id, partner_id, event_id, return_id, location_id, occurred_at,
                                            received_at) values (?, ?, ?, ?, ?, ?, ?)""",
                receiptId, partnerId, eventId, returnId, locationId, Timestamp.from(occurredAt), Timestamp.from(at));
        // lines of one line id and condition reported twice in one receipt are stored as one
        Map<String, ReturnReceipt.Accepted> merged = new java.util.LinkedHashMap<>();
        for (ReturnReceipt.Accepted a : lines) {
            merged.merge(a.lineId() + "|" + a.condition(), a, (x, y) -> new ReturnReceipt.Accepted(x.lineId(),
                    x.sku(), x.quantity() + y.quantity(), x.condition(), x.refundUnits() + y.refundUnits(),
                    x.refund().add(y.refund())));
        }
        jdbc.batchUpdate("""
                insert into return_receipt_line (receipt_id, line_id, quantity, condition, refund_amount)
                values (?, ?, ?, ?, ?)""", merged.values().stream().map(a -> new Object[] {receiptId, a.lineId(),
                a.quantity(), a.condition().name(), a.refund()}).toList());
    }

    @Override
    public void saveRefund(UUID refundId, UUID returnId, List<ReturnReceipt.Accepted> lines, String issuedBy,
                           Instant at) {
        Map<String, int[]> units = new java.util.LinkedHashMap<>();
        Map<String, java.math.BigDecimal> amounts = new java.util.LinkedHashMap<>();
        for (ReturnReceipt.Accepted a : lines) {
            if (a.refundUnits() > 0) {
                units.computeIfAbsent(a.lineId(), k -> new int[1])[0] += a.refundUnits();
                amounts.merge(a.lineId(), a.refund(), java.math.BigDecimal::add);
            }
        }
        jdbc.batchUpdate("""
                insert into return_refund_line (refund_id, return_id, line_id, quantity, amount, issued_by, issued_at)
                values (?, ?, ?, ?, ?, ?, ?)""", units.entrySet().stream().map(e -> new Object[] {refundId, returnId,
                e.getKey(), e.getValue()[0], amounts.get(e.getKey()), issuedBy, Timestamp.from(at)}).toList());
    }
}
