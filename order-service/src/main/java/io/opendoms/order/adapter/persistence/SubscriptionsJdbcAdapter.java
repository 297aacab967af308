package io.opendoms.order.adapter.persistence;

import io.opendoms.order.application.DueDeliveriesPort;
import io.opendoms.order.application.SendNotificationPort;
import io.opendoms.order.application.SubscriptionsPort;
import io.opendoms.order.domain.Delivery;
import io.opendoms.order.domain.DeliveryStatus;
import io.opendoms.order.domain.Subscription;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Subscriptions, their deliveries and attempts, in plain SQL. */
@Component
class SubscriptionsJdbcAdapter implements SubscriptionsPort, DueDeliveriesPort {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    SubscriptionsJdbcAdapter(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void create(Subscription s) {
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    insert into subscription (id, channel, url, event_types, secret, created_at)
                    values (?, ?, ?, ?, ?, ?)""");
            statement.setObject(1, s.id());
            statement.setString(2, s.channel());
            statement.setString(3, s.url());
            statement.setArray(4, connection.createArrayOf("text", s.eventTypes().toArray()));
            statement.setString(5, s.secret());
            statement.setTimestamp(6, Timestamp.from(s.createdAt()));
            return statement;
        });
    }

    @Override
    public List<Subscription> list(String channel) {
        return jdbc.query("""
                select id, channel, url, event_types, secret, created_at from subscription
                where deleted_at is null and (cast(? as text) is null or channel = ?) order by created_at, id""",
                SubscriptionsJdbcAdapter::subscription, channel, channel);
    }

    @Override
    public Optional<Subscription> find(UUID id, String channel) {
        return jdbc.query("""
                select id, channel, url, event_types, secret, created_at from subscription
                where id = ? and deleted_at is null and (cast(? as text) is null or channel = ?)""",
                SubscriptionsJdbcAdapter::subscription, id, channel, channel).stream().findFirst();
    }

    @Override
    public void delete(UUID id, Instant at) {
        jdbc.update("update subscription set deleted_at = ? where id = ? and deleted_at is null", Timestamp.from(at), id);
    }

    @Override
    public List<Delivery> deliveries(UUID subscriptionId, int limit) {
        Map<UUID, List<Delivery.Attempt>> attempts = new HashMap<>();
        jdbc.query("""
                select a.delivery_id, a.attempt, a.at, a.status_code, a.error, a.duration_ms
                from subscription_delivery_attempt a
                join (select id from subscription_delivery where subscription_id = ?
                      order by created_at desc, id limit ?) d on d.id = a.delivery_id
                order by a.delivery_id, a.attempt""", rs -> {
                    attempts.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                            .add(new Delivery.Attempt(rs.getInt(2), rs.getTimestamp(3).toInstant(),
                                    (Integer) rs.getObject(4), rs.getString(5), rs.getInt(6)));
                }, subscriptionId, limit);
        return jdbc.query("""
                select id, subscription_id, event_id, event_type, order_id, status, attempts, next_attempt_at,
                       created_at, delivered_at
                from subscription_delivery where subscription_id = ? order by created_at desc, id limit ?""",
                (rs, row) -> new Delivery(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getObject(5, UUID.class),
                        DeliveryStatus.valueOf(rs.getString(6)), rs.getInt(7), instant(rs, 8), instant(rs, 9),
                        instant(rs, 10), attempts.getOrDefault(rs.getObject(1, UUID.class), List.of())),
                subscriptionId, limit);
    }

    @Override
    public boolean resend(UUID subscriptionId, UUID deliveryId, Instant at) {
        return jdbc.update("""
                update subscription_delivery set status = 'PENDING', next_attempt_at = ?, created_at = ?
                where id = ? and subscription_id = ?""", Timestamp.from(at), Timestamp.from(at), deliveryId,
                subscriptionId) == 1;
    }

    @Override
    public List<DueDelivery> claimDue(Instant now, Instant leaseUntil, int limit) {
        // skip locked: two dispatchers (two instances) never claim the same delivery; the lease moves it out of
        // the due range until its outcome is recorded, or until the lease ends after a crash
        return transaction.execute(status -> jdbc.query("""
                update subscription_delivery d set next_attempt_at = ?
                from subscription s
                where s.id = d.subscription_id and d.id in (
                    select id from subscription_delivery where status = 'PENDING' and next_attempt_at <= ?
                    order by next_attempt_at limit ? for update skip locked)
                returning d.id, s.url, s.secret, d.payload, d.attempts, d.created_at""",
                (rs, row) -> new DueDelivery(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getTimestamp(6).toInstant()),
                Timestamp.from(leaseUntil), Timestamp.from(now), limit));
    }

    @Override
    public void recordAttempt(UUID deliveryId, int attempt, Instant at, SendNotificationPort.Outcome outcome,
                              Instant nextAttemptAt) {
        transaction.executeWithoutResult(status -> {
            jdbc.update("""
                    insert into subscription_delivery_attempt (delivery_id, attempt, at, status_code, error, duration_ms)
                    values (?, ?, ?, ?, ?, ?) on conflict do nothing""",
                    deliveryId, attempt, Timestamp.from(at), outcome.statusCode(), outcome.error(), outcome.durationMs());
            String newStatus = outcome.delivered() ? "DELIVERED" : nextAttemptAt == null ? "FAILED" : "PENDING";
            jdbc.update("""
                    update subscription_delivery set status = ?, attempts = ?, last_attempt_at = ?, last_status = ?,
                        last_error = ?, next_attempt_at = coalesce(?, next_attempt_at),
                        delivered_at = case when ? then ? else delivered_at end
                    where id = ?""",
                    newStatus, attempt, Timestamp.from(at), outcome.statusCode(), outcome.error(),
                    nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt), outcome.delivered(),
                    Timestamp.from(at), deliveryId);
        });
    }

    private static Subscription subscription(ResultSet rs, int row) throws SQLException {
        Array types = rs.getArray(4);
        return new Subscription(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                List.of((String[]) types.getArray()), rs.getString(5), rs.getTimestamp(6).toInstant());
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
