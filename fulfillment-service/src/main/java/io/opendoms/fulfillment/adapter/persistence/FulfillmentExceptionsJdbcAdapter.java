package io.opendoms.fulfillment.adapter.persistence;

import io.opendoms.fulfillment.application.FulfillmentExceptionsPort;
import io.opendoms.fulfillment.domain.ExceptionKind;
import io.opendoms.fulfillment.domain.FulfillmentException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class FulfillmentExceptionsJdbcAdapter implements FulfillmentExceptionsPort {

    private static final String COLUMNS = "id, fulfillment_id, order_id, location_id, kind, since, detail, cleared_at";

    private final NamedParameterJdbcTemplate jdbc;

    FulfillmentExceptionsJdbcAdapter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean raise(FulfillmentException e) {
        String detail = e.detail() == null || e.detail().length() <= 500 ? e.detail() : e.detail().substring(0, 500);
        return jdbc.update("""
                insert into fulfillment_exception (id, fulfillment_id, order_id, location_id, kind, since, detail)
                values (:id, :fulfillmentId, :orderId, :locationId, :kind, :since, :detail)
                on conflict do nothing""", new MapSqlParameterSource()
                .addValue("id", e.id()).addValue("fulfillmentId", e.fulfillmentId()).addValue("orderId", e.orderId())
                .addValue("locationId", e.locationId()).addValue("kind", e.kind().name())
                .addValue("since", Timestamp.from(e.since())).addValue("detail", detail)) == 1;
    }

    @Override
    public List<FulfillmentException> openOf(UUID fulfillmentId) {
        return jdbc.query("select " + COLUMNS + " from fulfillment_exception"
                        + " where fulfillment_id = :id and cleared_at is null order by since",
                new MapSqlParameterSource("id", fulfillmentId), FulfillmentExceptionsJdbcAdapter::map);
    }

    @Override
    public Optional<FulfillmentException> clear(UUID exceptionId, Instant at) {
        return jdbc.query("update fulfillment_exception set cleared_at = :at where id = :id and cleared_at is null"
                        + " returning " + COLUMNS,
                new MapSqlParameterSource("id", exceptionId).addValue("at", Timestamp.from(at)),
                FulfillmentExceptionsJdbcAdapter::map).stream().findFirst();
    }

    @Override
    public Optional<FulfillmentException> byId(UUID exceptionId) {
        return jdbc.query("select " + COLUMNS + " from fulfillment_exception where id = :id",
                new MapSqlParameterSource("id", exceptionId), FulfillmentExceptionsJdbcAdapter::map).stream()
                .findFirst();
    }

    @Override
    public Page list(Boolean open, int page, int size) {
        String where = open == null ? "" : open ? " where cleared_at is null" : " where cleared_at is not null";
        MapSqlParameterSource params = new MapSqlParameterSource("limit", size).addValue("offset", (long) page * size);
        List<FulfillmentException> items = jdbc.query("select " + COLUMNS + " from fulfillment_exception" + where
                + " order by since desc, id limit :limit offset :offset", params, FulfillmentExceptionsJdbcAdapter::map);
        Long total = jdbc.queryForObject("select count(*) from fulfillment_exception" + where, params, Long.class);
        return new Page(items, total == null ? 0 : total);
    }

    @Override
    public List<UUID> lateCandidates(Instant now, int limit) {
        // a date ends at midnight in the location's zone (UTC when unknown or not a zone PostgreSQL knows)
        return jdbc.queryForList("""
                select f.id from fulfillment_order f
                left join known_location k on k.location_id = f.location_id
                left join pg_timezone_names z on z.name = k.time_zone
                where f.status not in ('DELIVERED', 'PICKED_UP', 'REJECTED', 'CANCELLED')
                  and ((f.status in ('RELEASED', 'PICKING', 'PACKED') and f.ship_date is not null
                        and (f.ship_date + 1)::timestamp at time zone coalesce(z.name, 'UTC') <= :now)
                    or (f.status <> 'READY_FOR_PICKUP' and f.promised_delivery_date is not null
                        and (f.promised_delivery_date + 1)::timestamp at time zone coalesce(z.name, 'UTC') <= :now))
                  and not exists (select 1 from fulfillment_exception e
                                  where e.fulfillment_id = f.id and e.kind = 'LATE' and e.cleared_at is null)
                order by least(f.ship_date, f.promised_delivery_date), f.id
                limit :limit""", new MapSqlParameterSource("now", Timestamp.from(now)).addValue("limit", limit),
                UUID.class);
    }

    @Override
    public List<UUID> stuckCandidates(List<String> statuses, Instant cutoff, int limit) {
        return jdbc.queryForList("""
                select f.id from fulfillment_order f
                where f.status in (:statuses) and f.updated_at < :cutoff
                  and not exists (select 1 from fulfillment_exception e
                                  where e.fulfillment_id = f.id and e.kind = 'STUCK' and e.cleared_at is null)
                order by f.updated_at, f.id
                limit :limit""", new MapSqlParameterSource("statuses", statuses)
                .addValue("cutoff", Timestamp.from(cutoff)).addValue("limit", limit), UUID.class);
    }

    private static FulfillmentException map(ResultSet rs, int row) throws SQLException {
        Timestamp cleared = rs.getTimestamp("cleared_at");
        return new FulfillmentException(rs.getObject("id", UUID.class), rs.getObject("fulfillment_id", UUID.class),
                rs.getObject("order_id", UUID.class), rs.getString("location_id"),
                ExceptionKind.valueOf(rs.getString("kind")), rs.getTimestamp("since").toInstant(),
                rs.getString("detail"), cleared == null ? null : cleared.toInstant());
    }
}
