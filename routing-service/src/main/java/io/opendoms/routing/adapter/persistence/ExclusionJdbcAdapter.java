package io.opendoms.routing.adapter.persistence;

import io.opendoms.routing.application.port.out.ExclusionPort;
import io.opendoms.routing.engine.SourcingProblem;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class ExclusionJdbcAdapter implements ExclusionPort {

    private final JdbcTemplate jdbc;

    ExclusionJdbcAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void exclude(UUID orderId, String locationId, Collection<String> lineIds, String reason, Instant at) {
        jdbc.batchUpdate("""
                insert into routing_exclusion (order_id, location_id, line_id, reason, created_at)
                values (?, ?, ?, ?, ?) on conflict do nothing""",
                lineIds.stream().distinct().map(line -> new Object[] {orderId, locationId, line, reason,
                        Timestamp.from(at)}).toList());
    }

    @Override
    public Set<SourcingProblem.Exclusion> forOrder(UUID orderId) {
        return new HashSet<>(jdbc.query("select location_id, line_id from routing_exclusion where order_id = ?",
                (rs, row) -> new SourcingProblem.Exclusion(rs.getString(1), rs.getString(2)), orderId));
    }
}
