package io.opendoms.routing.adapter.persistence;

import io.opendoms.routing.application.port.out.CancellationPort;
import io.opendoms.routing.domain.PendingCancellation;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

@Component
class CancellationJdbcAdapter implements CancellationPort {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    CancellationJdbcAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(PendingCancellation c, Instant at) {
        return jdbc.update("""
                insert into pending_cancellation (cancellation_id, order_id, lines, received_at) values (?, ?, ?, ?)
                on conflict do nothing""", c.cancellationId(), c.orderId(), JSON.writeValueAsString(c.lines()),
                Timestamp.from(at)) == 1;
    }

    @Override
    public List<PendingCancellation> pending(UUID orderId) {
        return jdbc.query("""
                select cancellation_id, lines from pending_cancellation where order_id = ?
                order by received_at, cancellation_id""",
                (rs, row) -> new PendingCancellation(rs.getObject(1, UUID.class), orderId,
                        List.of(JSON.readValue(rs.getString(2), PendingCancellation.Line[].class))), orderId);
    }

    @Override
    public void update(PendingCancellation c) {
        jdbc.update("update pending_cancellation set lines = ? where cancellation_id = ?",
                JSON.writeValueAsString(c.lines()), c.cancellationId());
    }

    @Override
    public void remove(UUID cancellationId) {
        jdbc.update("delete from pending_cancellation where cancellation_id = ?", cancellationId);
    }
}
