package io.opendoms.fulfillment.adapter.persistence;

import io.opendoms.fulfillment.application.WebhookInboxEntry;
import io.opendoms.fulfillment.application.WebhookInboxPort;
import io.opendoms.fulfillment.application.WebhookInboxStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** One table, written a column or two at a time, read for ops: plain SQL. */
@Component
class WebhookInboxJdbcAdapter implements WebhookInboxPort {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> HEADERS = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            id, webhook, path, partner_id, headers, body, signature, event_ref, event_id, status, answer_status, detail,
            attempts, received_at, completed_at""";

    private final JdbcTemplate jdbc;

    WebhookInboxJdbcAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(WebhookInboxEntry e) {
        jdbc.update("insert into webhook_inbox (" + COLUMNS
                        + ") values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.id(), e.webhook(), e.path(), e.partnerId(), JSON.writeValueAsString(e.headers()), e.body(),
                e.signature(), e.eventRef(), e.eventId(), e.status().name(), e.answerStatus(), truncate(e.detail()),
                e.attempts(), Timestamp.from(e.receivedAt()),
                e.completedAt() == null ? null : Timestamp.from(e.completedAt()));
    }

    @Override
    public Optional<WebhookInboxEntry> byId(UUID id) {
        return jdbc.query("select " + COLUMNS + " from webhook_inbox where id = ?", this::entry, id).stream()
                .findFirst();
    }

    /**
     * The status change takes the entry's row lock (a second replay of it waits, then finds it handled), and
     * APPLIED enters the partial unique index of handled event ids (a duplicate of another entry waits for that
     * one's transaction, then collides).
     */
    @Override
    public void claim(UUID id, UUID eventId) {
        int claimed;
        try {
            claimed = jdbc.update("""
                    update webhook_inbox set status = 'APPLIED', event_id = ?, attempts = attempts + 1
                    where id = ? and status not in ('APPLIED', 'IGNORED', 'DUPLICATE')""", eventId, id);
        } catch (DuplicateKeyException seen) {
            throw new AlreadyHandledException(false, "Event id handled before by another webhook of this partner");
        }
        if (claimed == 0) {
            throw new AlreadyHandledException(true, "Webhook " + id + " was handled already");
        }
    }

    @Override
    public void finish(UUID id, WebhookInboxStatus status, String detail, boolean attempted, Instant at) {
        jdbc.update("""
                update webhook_inbox set status = ?, detail = ?, completed_at = ?, attempts = attempts + ?
                where id = ?""", status.name(), truncate(detail), Timestamp.from(at), attempted ? 1 : 0, id);
    }

    @Override
    public void answered(UUID id, int httpStatus, WebhookInboxStatus ifUnfinished, Instant at) {
        jdbc.update("""
                update webhook_inbox set answer_status = ?,
                    status = case when status = 'RECEIVED' then ? else status end,
                    completed_at = coalesce(completed_at, ?)
                where id = ?""", httpStatus, ifUnfinished.name(), Timestamp.from(at), id);
    }

    @Override
    public List<WebhookInboxEntry> page(WebhookInboxStatus status, int page, int size) {
        if (status == null) {
            return jdbc.query("select " + COLUMNS
                            + " from webhook_inbox order by received_at desc, id limit ? offset ?",
                    this::entry, size, (long) page * size);
        }
        return jdbc.query("select " + COLUMNS
                        + " from webhook_inbox where status = ? order by received_at desc, id limit ? offset ?",
                this::entry, status.name(), size, (long) page * size);
    }

    @Override
    public long count(WebhookInboxStatus status) {
        Long count = status == null
                ? jdbc.queryForObject("select count(*) from webhook_inbox", Long.class)
                : jdbc.queryForObject("select count(*) from webhook_inbox where status = ?", Long.class, status.name());
        return count == null ? 0 : count;
    }

    private WebhookInboxEntry entry(ResultSet rs, int row) throws SQLException {
        String headers = rs.getString("headers");
        Map<String, String> parsed = headers == null ? Map.of() : JSON.readValue(headers, HEADERS);
        Timestamp completed = rs.getTimestamp("completed_at");
        Integer answer = rs.getObject("answer_status", Integer.class);
        return new WebhookInboxEntry(rs.getObject("id", UUID.class), rs.getString("webhook"), rs.getString("path"),
                rs.getString("partner_id"), parsed, rs.getBytes("body"), rs.getString("signature"),
                rs.getString("event_ref"), rs.getObject("event_id", UUID.class),
                WebhookInboxStatus.valueOf(rs.getString("status")), answer,
                rs.getString("detail"), rs.getInt("attempts"), rs.getTimestamp("received_at").toInstant(),
                completed == null ? null : completed.toInstant());
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
