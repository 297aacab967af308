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
                select l.line_id, sum(l.quantity), sum(l.refund_amount) from return_receipt_line l
                join return_receipt r on r.receipt_id = l.receipt_id
                where r.return_id = ? group by l.line_id""",
                rs -> {
                    received.put(rs.getString(1), new ReturnReceipt.Received(rs.getInt(2), rs.getBigDecimal(3)));
                }, returnId);
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
                    x.sku(), x.quantity() + y.quantity(), x.condition(), x.refund().add(y.refund())));
        }
        jdbc.batchUpdate("""
                insert into return_receipt_line (receipt_id, line_id, quantity, condition, refund_amount)
                values (?, ?, ?, ?, ?)""", merged.values().stream().map(a -> new Object[] {receiptId, a.lineId(),
                a.quantity(), a.condition().name(), a.refund()}).toList());
    }
}
