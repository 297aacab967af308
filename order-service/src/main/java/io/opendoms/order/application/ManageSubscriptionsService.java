package io.opendoms.order.application;

import io.opendoms.order.domain.Delivery;
import io.opendoms.order.domain.OrderNotification;
import io.opendoms.order.domain.Subscription;
import io.opendoms.platform.web.FieldError;
import io.opendoms.platform.web.NotFoundException;
import io.opendoms.platform.web.UnprocessableException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A channel's subscriptions: create (with a secret only answered then), list, delete, and their deliveries.
 * {@code channel} null stands for ops, who see every channel's subscriptions; a channel sees only its own (404).
 */
@Service
public class ManageSubscriptionsService {

    static final int MAX_DELIVERIES_LISTED = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SubscriptionsPort subscriptions;
    private final SubscriptionUrlPolicy urls;
    private final Clock clock;

    ManageSubscriptionsService(SubscriptionsPort subscriptions, SubscriptionUrlPolicy urls, Clock clock) {
        this.subscriptions = subscriptions;
        this.urls = urls;
        this.clock = clock;
    }

    /** @param ownerChannel the channel the subscription belongs to (ops' own for an ops client) */
    @Transactional
    public Subscription create(String ownerChannel, String url, List<String> eventTypes) {
        List<FieldError> errors = new ArrayList<>();
        urls.refusal(url).ifPresent(reason -> errors.add(new FieldError("url", reason)));
        for (int i = 0; i < eventTypes.size(); i++) {
            if (!OrderNotification.EVENT_TYPES.contains(eventTypes.get(i))) {
                errors.add(new FieldError("eventTypes[" + i + "]", "must be one of "
                        + OrderNotification.EVENT_TYPES.stream().sorted().toList()));
            } else if (eventTypes.indexOf(eventTypes.get(i)) < i) {
                errors.add(new FieldError("eventTypes[" + i + "]", "is listed twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableException("The subscription has invalid fields.", errors);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        Subscription subscription = new Subscription(UUID.randomUUID(), ownerChannel, url, eventTypes,
                "whsec_" + HexFormat.of().formatHex(secret), clock.instant().truncatedTo(ChronoUnit.MICROS));
        subscriptions.create(subscription);
        return subscription;
    }

    @Transactional(readOnly = true)
    public List<Subscription> list(String visibleChannel) {
        return subscriptions.list(visibleChannel);
    }

    @Transactional
    public void delete(UUID id, String visibleChannel) {
        find(id, visibleChannel);
        subscriptions.delete(id, clock.instant());
    }

    @Transactional(readOnly = true)
    public List<Delivery> deliveries(UUID id, String visibleChannel) {
        find(id, visibleChannel);
        return subscriptions.deliveries(id, MAX_DELIVERIES_LISTED);
    }

    /** Sends a delivery again as soon as the dispatcher runs, whether it failed, is pending or was delivered. */
    @Transactional
    public void resend(UUID id, UUID deliveryId, String visibleChannel) {
        find(id, visibleChannel);
        if (!subscriptions.resend(id, deliveryId, clock.instant().truncatedTo(ChronoUnit.MICROS))) {
            throw new NotFoundException("Delivery " + deliveryId + " of subscription " + id + " not found.");
        }
    }

    private Subscription find(UUID id, String visibleChannel) {
        return subscriptions.find(id, visibleChannel)
                .orElseThrow(() -> new NotFoundException("Subscription " + id + " not found."));
    }
}
