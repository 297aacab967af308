package io.opendoms.routing.adapter.persistence;

import io.opendoms.routing.application.port.out.HoldViewPort;
import io.opendoms.routing.domain.HeldUnits;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class HoldViewJdbcAdapter implements HoldViewPort {

    private final JdbcTemplate jdbc;

    HoldViewJdbcAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void placed(UUID holdId, Instant expiresAt, List<HeldUnits> units) {
        jdbc.batchUpdate("""
                insert into hold_view (hold_id, location_id, sku, quantity, expires_at) values (?, ?, ?, ?, ?)
                on conflict (hold_id, location_id, sku) do update set expires_at = excluded.expires_at""", units.stream().filter(u -> u.quantity() > 0)
                .map(u -> new Object[] {holdId, u.locationId(), u.sku(), u.quantity(), Timestamp.from(expiresAt)})
                .toList());
    }

    @Override
    public void ended(UUID holdId) {
        jdbc.update("delete from hold_view where hold_id = ?", holdId);
    }

    @Override
    public List<HeldUnits> held(UUID holdId, Instant now) {
        return jdbc.query("""
                select location_id, sku, quantity from hold_view where hold_id = ? and expires_at > ?
                order by location_id, sku""",
                (rs, row) -> new HeldUnits(rs.getString(1), rs.getString(2), rs.getInt(3)), holdId,
                Timestamp.from(now));
    }
}
