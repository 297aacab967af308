package io.opendoms.inventory.adapter.persistence;

import io.opendoms.inventory.application.LiveReservationsPort;
import io.opendoms.inventory.domain.ReservedDrift;
import io.opendoms.inventory.domain.StockKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The live reservations of a stock row are its ACTIVE order reservations, less what shipped of them, and the lines
 * of its ACTIVE checkout holds (one past its expiry still reserves until the expiry job ends it). One aggregate per
 * query, so that the whole network is checked in one statement.
 */
@Component
class LiveReservationsJdbcAdapter implements LiveReservationsPort {

    /** Units each stock row's live reservations and holds hold. */
    static final String LIVE = """
            select location_id, sku, sum(units) as live from (
                select location_id, sku, quantity - consumed_quantity as units from reservation where status = 'ACTIVE'
                union all
                select l.location_id, l.sku, l.quantity from checkout_hold_line l
                join checkout_hold h on h.id = l.hold_id where h.status = 'ACTIVE') held
            group by location_id, sku""";

    private final JdbcTemplate jdbc;

    LiveReservationsJdbcAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ReservedDrift> drifts(String locationId, String sku, int limit) {
        StringBuilder sql = new StringBuilder("""
                select s.location_id, s.sku, s.on_hand, s.reserved, coalesce(l.live, 0)
                from stock s left join (%s) l on l.location_id = s.location_id and l.sku = s.sku
                where s.reserved <> coalesce(l.live, 0)""".formatted(LIVE));
        List<Object> args = new ArrayList<>();
        if (locationId != null) {
            sql.append(" and s.location_id = ?");
            args.add(locationId);
        }
        if (sku != null) {
            sql.append(" and s.sku = ?");
            args.add(sku);
        }
        sql.append(" order by s.location_id, s.sku limit ?");
        args.add(limit);
        return jdbc.query(sql.toString(), (rs, row) -> new ReservedDrift(new StockKey(rs.getString(1), rs.getString(2)),
                rs.getInt(3), rs.getInt(4), rs.getInt(5)), args.toArray());
    }

    @Override
    public Map<StockKey, Integer> liveReserved(Set<StockKey> keys) {
        Map<StockKey, Integer> live = new HashMap<>();
        if (keys.isEmpty()) {
            return live;
        }
        String[] locations = keys.stream().map(StockKey::locationId).toArray(String[]::new);
        String[] skus = keys.stream().map(StockKey::sku).toArray(String[]::new);
        jdbc.query("""
                select l.location_id, l.sku, l.live from (%s) l
                join unnest(cast(? as varchar[]), cast(? as varchar[])) k(location_id, sku)
                  on k.location_id = l.location_id and k.sku = l.sku""".formatted(LIVE),
                rs -> {
                    live.put(new StockKey(rs.getString(1), rs.getString(2)), rs.getInt(3));
                }, locations, skus);
        return live;
    }
}
