package io.opendoms.platform.delivery;

import io.opendoms.platform.webhook.WebhookSignatures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Signed JSON POSTs of the OMS to a partner's or subscriber's URL (release deliveries, order notifications): the body
 * signed with {@code OMS-Signature: t=<unix>,v1=<hex HMAC-SHA256>}, the scheme inbound webhooks are verified with, so
 * that receivers verify ours the way we verify theirs. Time-outs are bounded and redirects never followed: the URL is
 * the one configured or checked, not one the receiver bounces us to. Never throws for what the receiver does; the
 * {@link Outcome} says what happened.
 */
public final class SignedPoster {

    public static final String SIGNATURE_HEADER = "OMS-Signature";
    private static final int MAX_ERROR_LENGTH = 500;

    private final HttpClient http;
    private final String userAgent;
    private final Duration requestTimeout;
    private final Clock clock;

    public SignedPoster(String userAgent, Duration connectTimeout, Duration requestTimeout, Clock clock) {
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** What the receiver answered: its status code, or an error (refused, time-out, bad URL), and how long it took. */
    public record Outcome(Integer statusCode, String error, long durationMillis) {

        /** Any 2xx. */
        public boolean delivered() {
            return statusCode != null && statusCode / 100 == 2;
        }
    }

    /** POSTs {@code body} as JSON to {@code url}, signed with {@code secret} at the clock's current second. */
    public Outcome post(String url, String secret, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        long began = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(requestTimeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", userAgent)
                    .header(SIGNATURE_HEADER, WebhookSignatures.sign(secret, clock.instant().getEpochSecond(), bytes))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new Outcome(response.statusCode(), null, millisSince(began));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted", millisSince(began));
        } catch (IOException | RuntimeException e) {
            String error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new Outcome(null, abbreviate(error), millisSince(began));
        }
    }

    private static long millisSince(long began) {
        return (System.nanoTime() - began) / 1_000_000;
    }

    private static String abbreviate(String text) {
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 3) + "...";
    }
}
