package io.opendoms.inventory.adapter.persistence;

import io.opendoms.inventory.application.CheckoutHoldsPort;
import io.opendoms.inventory.application.PlaceHoldCommand;
import io.opendoms.inventory.domain.CheckoutHold;
import io.opendoms.inventory.domain.HoldLine;
import io.opendoms.inventory.domain.HoldRequestLine;
import io.opendoms.inventory.domain.HoldStatus;
import io.opendoms.inventory.domain.StockKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checkout holds in plain JDBC, in the JPA transaction of the stock change (they share its connection): a hold is
 * written in a fixed number of statements, none before it is needed, so a hold on a hot stock row keeps that row's
 * lock for as short as it can.
 */
@Component
class CheckoutHoldJdbcAdapter implements CheckoutHoldsPort {

    /** Its own mapper: a change to the application's JSON settings must not change how stored requests read. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String SELECT = """
            select h.id, h.client_id, h.status, h.expires_at, h.order_id, h.created_at,
                   l.location_id, l.sku, l.quantity
            from checkout_hold h join checkout_hold_line l on l.hold_id = h.id
            """;

    private final JdbcTemplate jdbc;

    CheckoutHoldJdbcAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(CheckoutHold hold) {
        insertAll(List.of(hold));
    }

    @Override
    public void insertAll(List<CheckoutHold> holds) {
        jdbc.batchUpdate("""
                insert into checkout_hold (id, client_id, status, expires_at, order_id, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?)""", holds, holds.size(), (statement, hold) -> {
            statement.setObject(1, hold.id());
            statement.setString(2, hold.clientId());
            statement.setString(3, hold.status().name());
            statement.setObject(4, timestamp(hold.expiresAt()));
            statement.setObject(5, hold.orderId());
            statement.setObject(6, timestamp(hold.createdAt()));
            statement.setObject(7, timestamp(hold.createdAt()));
        });
        List<Object[]> lines = new ArrayList<>();
        for (CheckoutHold hold : holds) {
            for (int position = 0; position < hold.lines().size(); position++) {
                HoldLine line = hold.lines().get(position);
                lines.add(new Object[] {hold.id(), line.key().locationId(), line.key().sku(), position,
                        line.quantity()});
            }
        }
        jdbc.batchUpdate("""
                insert into checkout_hold_line (hold_id, location_id, sku, position, quantity)
                values (?, ?, ?, ?, ?)""", lines);
    }

    @Override
    public Optional<CheckoutHold> find(UUID id) {
        return holds(SELECT + "where h.id = ? order by l.position", id).stream().findFirst();
    }

    @Override
    public Optional<CheckoutHold> lock(UUID id) {
        return holds(SELECT + "where h.id = ? order by l.position for update of h", id).stream().findFirst();
    }

    @Override
    public void end(UUID id, HoldStatus status, UUID orderId, Instant now) {
        requireOne(jdbc.update("update checkout_hold set status = ?, order_id = ?, updated_at = ? where id = ?",
                status.name(), orderId, timestamp(now), id), id);
    }

    @Override
    public void extend(UUID id, Instant expiresAt, Instant now) {
        requireOne(jdbc.update("update checkout_hold set expires_at = ?, updated_at = ? where id = ?",
                timestamp(expiresAt), timestamp(now), id), id);
    }

    @Override
    public void cutLine(UUID id, StockKey key, int quantity, Instant now) {
        requireOne(jdbc.update("""
                update checkout_hold_line set quantity = ?
                where hold_id = ? and location_id = ? and sku = ?""", quantity, id, key.locationId(), key.sku()), id);
        requireOne(jdbc.update("update checkout_hold set updated_at = ? where id = ?", timestamp(now), id), id);
    }

    @Override
    public List<CheckoutHold> findDue(Instant now, int limit) {
        return holds(SELECT + """
                where h.id in (select id from checkout_hold where status = 'ACTIVE' and expires_at <= ?
                               order by expires_at limit ?)
                order by h.expires_at, h.id, l.position""", timestamp(now), limit);
    }

    @Override
    public List<CheckoutHold> lockDue(Collection<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // the holds' rows only (the lines are read with them, not locked): SKIP LOCKED leaves out a hold another
        // transaction is ending right now
        List<UUID> locked = jdbc.queryForList("""
                select id from checkout_hold where id = any(?) and status = 'ACTIVE' and expires_at <= ?
                order by expires_at, id for update skip locked""", UUID.class,
                ids.toArray(UUID[]::new), timestamp(now));
        if (locked.isEmpty()) {
            return List.of();
        }
        return holds(SELECT + "where h.id = any(?) order by h.expires_at, h.id, l.position",
                (Object) locked.toArray(UUID[]::new));
    }

    @Override
    public List<CheckoutHold> lockActiveAt(StockKey key) {
        List<UUID> locked = jdbc.queryForList("""
                select h.id from checkout_hold h join checkout_hold_line l on l.hold_id = h.id
                where l.location_id = ? and l.sku = ? and l.quantity > 0 and h.status = 'ACTIVE'
                order by h.created_at desc, h.id desc for update of h""", UUID.class, key.locationId(), key.sku());
        if (locked.isEmpty()) {
            return List.of();
        }
        return holds(SELECT + "where h.id = any(?) order by h.created_at desc, h.id desc, l.position",
                (Object) locked.toArray(UUID[]::new));
    }

    @Override
    public Optional<KeyUse> claim(String clientId, String key, PlaceHoldCommand.Request request, Instant now) {
        // a concurrent insert of the same key blocks this one until it commits (then 0 rows) or rolls back (then 1)
        int claimed = jdbc.update("""
                insert into checkout_hold_request (client_id, idempotency_key, request, created_at)
                values (?, ?, cast(? as jsonb), ?)
                on conflict do nothing""",
                clientId, key, JSON.writeValueAsString(RequestJson.of(request)), timestamp(now));
        if (claimed == 1) {
            return Optional.empty();
        }
        // read committed: this statement sees the winner's row, committed while the insert waited for it
        return Optional.of(jdbc.queryForObject("""
                select request::text, hold_id from checkout_hold_request where client_id = ? and idempotency_key = ?""",
                (rs, row) -> new KeyUse(JSON.readValue(rs.getString(1), RequestJson.class).toCommand(),
                        rs.getObject(2, UUID.class)),
                clientId, key));
    }

    @Override
    public void complete(String clientId, String key, UUID holdId) {
        int rows = jdbc.update("""
                update checkout_hold_request set hold_id = ? where client_id = ? and idempotency_key = ?""",
                holdId, clientId, key);
        if (rows != 1) {
            throw new IllegalStateException("Hold key " + key + " was not claimed");
        }
    }

    private List<CheckoutHold> holds(String sql, Object... args) {
        Map<UUID, HoldRow> byId = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            UUID id = rs.getObject("id", UUID.class);
            byId.computeIfAbsent(id, ignored -> HoldRow.of(rs)).lines.add(new HoldLine(
                    new StockKey(rs.getString("location_id"), rs.getString("sku")), rs.getInt("quantity")));
        }, args);
        return byId.values().stream().map(HoldRow::toDomain).toList();
    }

    private static void requireOne(int rows, UUID id) {
        if (rows != 1) {
            throw new IllegalStateException("Hold " + id + " (or its line) is missing");
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record HoldRow(UUID id, String clientId, HoldStatus status, Instant expiresAt, UUID orderId,
                           Instant createdAt, List<HoldLine> lines) {

        static HoldRow of(ResultSet rs) {
            try {
                return new HoldRow(rs.getObject("id", UUID.class), rs.getString("client_id"),
                        HoldStatus.valueOf(rs.getString("status")),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("order_id", UUID.class),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(), new ArrayList<>());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        CheckoutHold toDomain() {
            return new CheckoutHold(id, clientId, status, expiresAt, orderId, createdAt, lines);
        }
    }

    /** The request as stored with its key: compared again, field by field, when the key comes back. */
    record RequestJson(List<LineJson> lines, long ttlSeconds, String locationId) {

        static RequestJson of(PlaceHoldCommand.Request request) {
            return new RequestJson(request.lines().stream().map(l -> new LineJson(l.sku(), l.quantity())).toList(),
                    request.ttl().toSeconds(), request.locationId());
        }

        PlaceHoldCommand.Request toCommand() {
            return new PlaceHoldCommand.Request(lines.stream().map(l -> new HoldRequestLine(l.sku(), l.quantity()))
                    .toList(), Duration.ofSeconds(ttlSeconds), locationId);
        }
    }

    record LineJson(String sku, int quantity) {
    }
}
