package io.opendoms.fulfillment.adapter.delivery;

import io.opendoms.fulfillment.adapter.web.FulfillmentPayloads;
import io.opendoms.fulfillment.application.LoadLocationPort;
import io.opendoms.fulfillment.application.ReleaseDeliveryPort;
import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.fulfillment.domain.KnownLocation;
import io.opendoms.platform.webhook.PartnerType;
import io.opendoms.platform.webhook.WebhookProperties;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The release deliveries: written in the release's transaction (an outbox of our own), claimed and recorded by the
 * {@link ReleaseDispatcher}. The URL and secret are read from the partner's configuration at each attempt, never
 * stored: partners are deployment secrets, and a corrected URL applies to pending deliveries.
 */
@Component
class ReleaseDeliveryJdbcAdapter implements ReleaseDeliveryPort {

    private final JdbcTemplate jdbc;
    private final LoadLocationPort locations;
    private final WebhookProperties webhooks;
    private final FulfillmentPayloads payloads;

    ReleaseDeliveryJdbcAdapter(JdbcTemplate jdbc, LoadLocationPort locations, WebhookProperties webhooks,
                               FulfillmentPayloads payloads) {
        this.jdbc = jdbc;
        this.locations = locations;
        this.webhooks = webhooks;
        this.payloads = payloads;
    }

    @Override
    public void enqueue(FulfillmentOrder fo, String type, Instant now) {
        Optional<WebhookProperties.Partner> partner = partnerOf(fo.getLocationId())
                .filter(p -> p.releaseUrl() != null);
        if (partner.isEmpty()) {
            return;
        }
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into release_delivery (id, fulfillment_id, partner_id, type, payload, status, attempts,
                                              next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""", id, fo.getId(), partner.get().id(), type,
                payloads.delivery(id, type, fo), Timestamp.from(now), Timestamp.from(now));
    }

    /** The location's WMS partner as configured: the one it names, else the default WMS partner. */
    Optional<WebhookProperties.Partner> partnerOf(String locationId) {
        String partnerId = locations.byId(locationId).map(KnownLocation::wmsPartnerId)
                .orElse(null);
        String wanted = partnerId == null ? webhooks.defaultWmsPartner() : partnerId;
        return configured(wanted);
    }

    Optional<WebhookProperties.Partner> configured(String partnerId) {
        if (partnerId == null) {
            return Optional.empty();
        }
        return webhooks.partners().stream()
                .filter(p -> partnerId.equals(p.id()) && p.type() == PartnerType.WMS)
                .findFirst();
    }

    @Override
    public List<Delivery> ofFulfillment(UUID fulfillmentId) {
        List<Delivery> deliveries = jdbc.query("""
                select id, partner_id, type, status, attempts, created_at, next_attempt_at, delivered_at
                from release_delivery where fulfillment_id = ? order by created_at, id""",
                (rs, row) -> new Delivery(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)),
                        instant(rs.getTimestamp(8)), List.of()), fulfillmentId);
        List<Delivery> withAttempts = new ArrayList<>();
        for (Delivery d : deliveries) {
            List<Attempt> attempts = jdbc.query("""
                    select attempt, at, status_code, error, duration_ms from release_delivery_attempt
                    where delivery_id = ? order by attempt""",
                    (rs, row) -> new Attempt(rs.getInt(1), instant(rs.getTimestamp(2)),
                            (Integer) rs.getObject(3), rs.getString(4), rs.getLong(5)), d.id());
            withAttempts.add(new Delivery(d.id(), d.partnerId(), d.type(), d.status(), d.attempts(), d.createdAt(),
                    d.nextAttemptAt(), d.deliveredAt(), attempts));
        }
        return withAttempts;
    }

    @Override
    public Optional<String> resend(UUID fulfillmentId, UUID deliveryId, Instant now) {
        // under the row's lock: the dispatcher's claim skips locked rows, and a delivery being sent is PENDING
        List<String> before = jdbc.queryForList("""
                select status from release_delivery where id = ? and fulfillment_id = ? for update""",
                String.class, deliveryId, fulfillmentId);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        if (!"PENDING".equals(before.getFirst())) {
            jdbc.update("""
                    update release_delivery set status = 'PENDING', next_attempt_at = ?, resent_at = ?
                    where id = ?""", Timestamp.from(now), Timestamp.from(now), deliveryId);
        }
        return Optional.of(before.getFirst());
    }

    record Due(UUID id, String partnerId, String payload, int attempts, Instant createdAt) {
    }

    /**
     * Leases up to {@code limit} due deliveries until {@code leaseUntil}; none is claimed by two dispatchers. A
     * delivery's retry period runs from its creation, or from its last re-send by ops.
     */
    List<Due> claimDue(Instant now, Instant leaseUntil, int limit) {
        return jdbc.query("""
                update release_delivery set next_attempt_at = ?
                where id in (select id from release_delivery
                             where status = 'PENDING' and next_attempt_at <= ?
                             order by next_attempt_at limit ? for update skip locked)
                returning id, partner_id, payload, attempts, coalesce(resent_at, created_at)""",
                (rs, row) -> new Due(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4),
                        instant(rs.getTimestamp(5))), Timestamp.from(leaseUntil), Timestamp.from(now), limit);
    }

    /** Records an attempt; {@code next} null ends the delivery: DELIVERED when delivered, else FAILED. */
    void recordAttempt(UUID id, int attempt, Instant at, Integer statusCode, String error, long durationMillis,
                       boolean delivered, Instant next) {
        String trimmed = error == null || error.length() <= 500 ? error : error.substring(0, 500);
        jdbc.update("""
                insert into release_delivery_attempt (delivery_id, attempt, at, status_code, error, duration_ms)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""", id, attempt, Timestamp.from(at), statusCode,
                trimmed, durationMillis);
        String status = delivered ? "DELIVERED" : next == null ? "FAILED" : "PENDING";
        jdbc.update("""
                update release_delivery set attempts = ?, status = ?, next_attempt_at = ?, delivered_at = ?
                where id = ?""", attempt, status, next == null ? null : Timestamp.from(next),
                delivered ? Timestamp.from(at) : null, id);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
