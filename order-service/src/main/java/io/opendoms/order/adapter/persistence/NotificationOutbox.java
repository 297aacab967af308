package io.opendoms.order.adapter.persistence;

import io.opendoms.order.domain.Order;
import io.opendoms.order.domain.OrderLine;
import io.opendoms.order.domain.OrderNotification;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a delivery for every live subscription that wants an order's new status, in the transaction that saves
 * the order: the notification outbox. The order's channel's subscriptions and ops' ones (which hear every
 * channel) receive it. No subscriber: the statement inserts nothing.
 */
@Component
class NotificationOutbox {

    /** Its own mapper: a change to the application's JSON settings must not change what subscribers receive. */
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String OPS_CHANNEL = "ops";

    private final JdbcTemplate jdbc;

    NotificationOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void enqueue(Order order) {
        for (OrderNotification notification : order.newNotifications()) {
            UUID eventId = UUID.randomUUID();
            jdbc.update("""
                    insert into subscription_delivery (id, subscription_id, event_id, event_type, order_id, payload,
                                                       status, attempts, next_attempt_at, created_at)
                    select gen_random_uuid(), s.id, ?, ?, ?, ?, 'PENDING', 0, ?, ?
                    from subscription s
                    where s.deleted_at is null and (s.channel = ? or s.channel = ?) and ? = any (s.event_types)""",
                    eventId, notification.type(), order.getId(), payload(eventId, notification, order),
                    Timestamp.from(notification.at()), Timestamp.from(notification.at()), order.getChannel(),
                    OPS_CHANNEL, notification.type());
        }
    }

    private static String payload(UUID eventId, OrderNotification notification, Order order) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("orderId", order.getId());
        data.put("externalId", order.getExternalId());
        data.put("channel", order.getChannel());
        data.put("status", notification.status());
        data.put("currency", order.getCurrency());
        data.put("totalAmount", order.getTotalAmount());
        data.put("lines", order.getLines().stream().map(NotificationOutbox::line).toList());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", eventId);
        body.put("type", notification.type());
        body.put("occurredAt", notification.at().toString());
        body.put("data", data);
        return JSON.writeValueAsString(body);
    }

    private static Map<String, Object> line(OrderLine line) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("lineId", line.getLineId());
        json.put("sku", line.getSku());
        json.put("quantity", line.getQuantity());
        json.put("status", line.getStatus());
        json.put("allocatedQuantity", line.getAllocatedQuantity());
        json.put("shippedQuantity", line.getShippedQuantity());
        json.put("deliveredQuantity", line.getDeliveredQuantity());
        json.put("cancelledQuantity", line.getCancelledQuantity());
        return json;
    }
}
