package io.opendoms.order.adapter.notification;

import io.opendoms.order.application.SendNotificationPort;
import io.opendoms.platform.delivery.SignedPoster;
import java.time.Clock;
import java.time.Duration;

/** A notification as a signed JSON POST, the same {@code OMS-Signature} scheme as inbound webhooks. */
class NotificationHttpSender implements SendNotificationPort {

    private final SignedPoster poster;

    NotificationHttpSender(Duration connectTimeout, Duration requestTimeout, Clock clock) {
        // never follows redirects: a subscriber must not bounce the OMS to an address the URL policy would refuse
        this.poster = new SignedPoster("OpenDOMS-Notifications/1", connectTimeout, requestTimeout, clock);
    }

    @Override
    public Outcome send(String url, String secret, String body) {
        SignedPoster.Outcome outcome = poster.post(url, secret, body);
        return new Outcome(outcome.statusCode(), outcome.error(), (int) outcome.durationMillis());
    }
}
