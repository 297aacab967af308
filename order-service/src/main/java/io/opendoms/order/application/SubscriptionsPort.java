package io.opendoms.order.application;

import io.opendoms.order.domain.Delivery;
import io.opendoms.order.domain.Subscription;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Subscriptions and their deliveries. {@code channel} null: ops, who see every channel's. */
public interface SubscriptionsPort {

    void create(Subscription subscription);

    List<Subscription> list(String channel);

    Optional<Subscription> find(UUID id, String channel);

    /** Stops new deliveries; those already written stay listed. */
    void delete(UUID id, Instant at);

    /** Newest first. */
    List<Delivery> deliveries(UUID subscriptionId, int limit);

    /** Makes a delivery of the subscription due now again (whatever its status); false when there is none. */
    boolean resend(UUID subscriptionId, UUID deliveryId, Instant at);
}
