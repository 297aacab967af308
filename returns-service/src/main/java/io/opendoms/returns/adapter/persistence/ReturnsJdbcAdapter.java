package io.opendoms.returns.adapter.persistence;

import io.opendoms.returns.application.ReturnViewsPort;
import io.opendoms.returns.application.ReturnsPort;
import io.opendoms.returns.domain.ItemReturnPolicy;
import io.opendoms.returns.domain.LineDecision;
import io.opendoms.returns.domain.Refusal;
import io.opendoms.returns.domain.ReturnAuthorization;
import io.opendoms.returns.domain.ReturnMethod;
import io.opendoms.returns.domain.ReturnStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Returns with their lines, and the item and location views, in plain SQL. */
@Component
class ReturnsJdbcAdapter implements ReturnsPort, ReturnViewsPort {

    private static final String SELECT = """
            select id, order_id, channel, method, store_location_id, status, label_carrier, label_tracking, currency,
                   refund_amount, created_at, updated_at
            from return_authorization""";

    private final JdbcTemplate jdbc;

    ReturnsJdbcAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void create(ReturnAuthorization r) {
        jdbc.update("""
                insert into return_authorization (id, order_id, channel, method, store_location_id, status,
                    label_carrier, label_tracking, currency, refund_amount, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                r.id(), r.orderId(), r.channel(), r.method().name(), r.storeLocationId(), r.status().name(),
                r.label() == null ? null : r.label().carrier(), r.label() == null ? null : r.label().trackingNumber(),
                r.currency(), r.refundAmount(), Timestamp.from(r.createdAt()), Timestamp.from(r.updatedAt()));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < r.lines().size(); i++) {
            LineDecision line = r.lines().get(i);
            rows.add(new Object[] {r.id(), i, line.lineId(), line.sku(), line.quantity(), line.reason(),
                line.eligible(), line.refusal() == null ? null : line.refusal().name(), line.refusalDetail(),
                line.refundAmount()});
        }
        jdbc.batchUpdate("""
                insert into return_line (return_id, position, line_id, sku, quantity, reason, eligible, refusal,
                                         refusal_detail, refund_amount)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    @Override
    public void updateStatus(ReturnAuthorization r) {
        jdbc.update("update return_authorization set status = ?, updated_at = ? where id = ?", r.status().name(),
                Timestamp.from(r.updatedAt()), r.id());
    }

    @Override
    public Optional<ReturnAuthorization> find(UUID id) {
        return withLines(jdbc.query(SELECT + " where id = ?", ReturnsJdbcAdapter::header, id)).stream().findFirst();
    }

    @Override
    public Optional<ReturnAuthorization> findForUpdate(UUID id) {
        return withLines(jdbc.query(SELECT + " where id = ? for update", ReturnsJdbcAdapter::header, id)).stream()
                .findFirst();
    }

    @Override
    public List<ReturnAuthorization> byOrder(UUID orderId) {
        return withLines(jdbc.query(SELECT + " where order_id = ? order by created_at, id", ReturnsJdbcAdapter::header,
                orderId));
    }

    @Override
    public Map<String, Integer> unitsInReturns(UUID orderId) {
        Map<String, Integer> units = new HashMap<>();
        jdbc.query("""
                select l.line_id, sum(l.quantity) from return_line l
                join return_authorization r on r.id = l.return_id
                where r.order_id = ? and l.eligible and r.status not in ('CANCELLED', 'REJECTED') -- those gave them back
                group by l.line_id""", rs -> {
                    units.put(rs.getString(1), rs.getInt(2));
                }, orderId);
        return units;
    }

    @Override
    public Map<String, ItemReturnPolicy> items(Collection<String> skus) {
        Map<String, ItemReturnPolicy> items = new HashMap<>();
        if (skus.isEmpty()) {
            return items;
        }
        jdbc.query("select sku, returnable, return_window_days from item_view where sku = any (?)", rs -> {
            items.put(rs.getString(1), new ItemReturnPolicy(rs.getString(1), rs.getBoolean(2), rs.getInt(3)));
        }, (Object) skus.toArray(String[]::new));
        return items;
    }

    @Override
    public Optional<List<String>> activeLocationCapabilities(String locationId) {
        return jdbc.query("select capabilities from location_view where location_id = ? and active",
                (rs, row) -> List.of((String[]) rs.getArray(1).getArray()), locationId).stream().findFirst();
    }

    @Override
    public void upsertItem(ItemReturnPolicy item) {
        jdbc.update("""
                insert into item_view (sku, returnable, return_window_days, updated_at) values (?, ?, ?, now())
                on conflict (sku) do update set returnable = excluded.returnable,
                    return_window_days = excluded.return_window_days, updated_at = excluded.updated_at""",
                item.sku(), item.returnable(), item.returnWindowDays());
    }

    @Override
    public void upsertLocation(String locationId, List<String> capabilities, boolean active, String wmsPartnerId) {
        jdbc.update("""
                insert into location_view (location_id, capabilities, active, wms_partner_id, updated_at)
                values (?, ?, ?, ?, now())
                on conflict (location_id) do update set capabilities = excluded.capabilities,
                    active = excluded.active, wms_partner_id = excluded.wms_partner_id,
                    updated_at = excluded.updated_at""",
                locationId, capabilities.toArray(String[]::new), active, wmsPartnerId);
    }

    @Override
    public Optional<KnownLocation> location(String locationId) {
        return jdbc.query("select location_id, active, wms_partner_id from location_view where location_id = ?",
                (rs, row) -> new KnownLocation(rs.getString(1), rs.getBoolean(2), rs.getString(3)), locationId)
                .stream().findFirst();
    }

    private List<ReturnAuthorization> withLines(List<ReturnAuthorization> headers) {
        if (headers.isEmpty()) {
            return headers;
        }
        Map<UUID, List<LineDecision>> lines = new LinkedHashMap<>();
        jdbc.query("""
                select return_id, line_id, sku, quantity, reason, eligible, refusal, refusal_detail, refund_amount
                from return_line where return_id = any (?) order by return_id, position""", rs -> {
                    lines.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>()).add(new LineDecision(
                            rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getBoolean(6),
                            rs.getString(7) == null ? null : Refusal.valueOf(rs.getString(7)), rs.getString(8),
                            rs.getBigDecimal(9)));
                }, (Object) headers.stream().map(ReturnAuthorization::id).toArray(UUID[]::new));
        return headers.stream().map(r -> new ReturnAuthorization(r.id(), r.orderId(), r.channel(), r.method(),
                r.storeLocationId(), r.status(), r.label(), r.currency(), r.refundAmount(),
                lines.getOrDefault(r.id(), List.of()), r.createdAt(), r.updatedAt())).toList();
    }

    private static ReturnAuthorization header(ResultSet rs, int row) throws SQLException {
        String carrier = rs.getString(7);
        return new ReturnAuthorization(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                ReturnMethod.valueOf(rs.getString(4)), rs.getString(5), ReturnStatus.valueOf(rs.getString(6)),
                carrier == null ? null : new ReturnAuthorization.Label(carrier, rs.getString(8)), rs.getString(9),
                rs.getBigDecimal(10), List.of(), instant(rs, 11), instant(rs, 12));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}
