package io.opendoms.order.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A channel's webhook: the order events it wants, delivered to {@code url} signed with {@code secret}
 * ({@code OMS-Signature}). A subscription of the ops channel hears every channel's orders.
 */
public record Subscription(UUID id, String channel, String url, List<String> eventTypes, String secret,
                           Instant createdAt) {

    public Subscription {
        eventTypes = List.copyOf(eventTypes);
    }
}
