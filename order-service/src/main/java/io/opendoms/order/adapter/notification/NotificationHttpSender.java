package io.opendoms.order.adapter.notification;

import io.opendoms.order.application.SendNotificationPort;
import io.opendoms.platform.webhook.WebhookSignatures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/** A notification as a signed JSON POST, the same {@code OMS-Signature} scheme as inbound webhooks. */
class NotificationHttpSender implements SendNotificationPort {

    static final String SIGNATURE_HEADER = "OMS-Signature";

    private final HttpClient http;
    private final Duration requestTimeout;
    private final Clock clock;

    NotificationHttpSender(Duration connectTimeout, Duration requestTimeout, Clock clock) {
        // no redirects: a subscriber must not bounce the OMS to an address the URL policy would refuse
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = requestTimeout;
        this.clock = clock;
    }

    @Override
    public Outcome send(String url, String secret, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        long began = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(requestTimeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "OpenDOMS-Notifications/1")
                    .header(SIGNATURE_HEADER, WebhookSignatures.sign(secret, clock.instant().getEpochSecond(), bytes))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new Outcome(response.statusCode(), null, millisSince(began));
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(null, abbreviate(e.getClass().getSimpleName() + ": " + e.getMessage()),
                    millisSince(began));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted", millisSince(began));
        }
    }

    private static int millisSince(long began) {
        return (int) ((System.nanoTime() - began) / 1_000_000);
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }
}
