package io.opendoms.routing.adapter.persistence;

import io.opendoms.routing.application.port.out.CapacityPort;
import io.opendoms.routing.engine.SourcingProblem.LocationDay;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Planned fulfillments per location and ship date. Every change is one atomic statement (the row's lock orders
 * concurrent ones), never a read followed by a write: two decisions counting at once both count.
 */
@Component
class CapacityJdbcAdapter implements CapacityPort {

    private final JdbcTemplate jdbc;

    CapacityJdbcAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<LocationDay, Integer> used(Collection<String> locationIds, LocalDate from, LocalDate to) {
        Map<LocationDay, Integer> used = new HashMap<>();
        if (locationIds.isEmpty()) {
            return used;
        }
        // one range scan of the primary key (location_id, ship_date) per location
        jdbc.query("""
                select location_id, ship_date, used from location_capacity_used
                where location_id = any (?) and ship_date between ? and ? and used > 0""",
                rs -> {
                    used.put(new LocationDay(rs.getString(1), rs.getDate(2).toLocalDate()), rs.getInt(3));
                },
                locationIds.toArray(String[]::new), Date.valueOf(from), Date.valueOf(to));
        return used;
    }

    @Override
    public void use(String locationId, LocalDate shipDate) {
        // only locations with a daily capacity are counted: the others would take a row lock per decision for nothing
        jdbc.update("""
                insert into location_capacity_used (location_id, ship_date, used)
                select ?, ?, 1 where exists (
                    select 1 from location_view where location_id = ? and daily_capacity is not null)
                on conflict (location_id, ship_date) do update set used = location_capacity_used.used + 1""",
                locationId, Date.valueOf(shipDate), locationId);
    }

    @Override
    public void release(String locationId, LocalDate shipDate) {
        jdbc.update("""
                update location_capacity_used set used = used - 1
                where location_id = ? and ship_date = ? and used > 0""",
                locationId, Date.valueOf(shipDate));
    }
}
