package io.opendoms.fulfillment.adapter.persistence;

import io.opendoms.fulfillment.application.LoadLocationPort;
import io.opendoms.fulfillment.application.SaveLocationPort;
import io.opendoms.fulfillment.domain.KnownLocation;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Three columns, no entity: plain SQL. */
@Component
class KnownLocationJdbcAdapter implements LoadLocationPort, SaveLocationPort {

    private final JdbcTemplate jdbc;

    KnownLocationJdbcAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<KnownLocation> byId(String locationId) {
        return jdbc.query("select location_id, wms_partner_id, time_zone from known_location where location_id = ?",
                (rs, row) -> new KnownLocation(rs.getString(1), rs.getString(2), rs.getString(3)), locationId)
                .stream().findFirst();
    }

    @Override
    public void save(KnownLocation location) {
        jdbc.update("""
                insert into known_location (location_id, wms_partner_id, time_zone, updated_at) values (?, ?, ?, now())
                on conflict (location_id) do update set wms_partner_id = excluded.wms_partner_id,
                    time_zone = excluded.time_zone, updated_at = now()
                """, location.locationId(), location.wmsPartnerId(), location.timeZone());
    }
}
