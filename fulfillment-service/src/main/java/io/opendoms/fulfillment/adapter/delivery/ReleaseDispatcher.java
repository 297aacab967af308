package io.opendoms.fulfillment.adapter.delivery;

import io.github.resilience4j.core.IntervalFunction;
import io.opendoms.fulfillment.config.ReleaseDeliveryProperties;
import io.opendoms.platform.webhook.WebhookProperties;
import io.opendoms.platform.webhook.WebhookSignatures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Sends release deliveries on a thread of its own, so that no endpoint, however slow or dead, holds up a release:
 * a round claims the due deliveries (a lease), POSTs them in parallel on virtual threads with bounded time-outs,
 * signed with the partner's first secret ({@code OMS-Signature}, the scheme of inbound webhooks), and records each
 * attempt. A failure is retried with exponential back-off (Resilience4j's interval function), capped, until the
 * delivery is older than the retry period: then it is FAILED. A crash between send and record sends it again after
 * the lease; the receiver de-duplicates on the body's {@code eventId}.
 */
class ReleaseDispatcher implements SmartLifecycle {

    static final String SIGNATURE_HEADER = "OMS-Signature";
    private static final Logger log = LoggerFactory.getLogger(ReleaseDispatcher.class);

    private final ReleaseDeliveryJdbcAdapter deliveries;
    private final ReleaseDeliveryProperties properties;
    private final IntervalFunction backOff;
    private final HttpClient http;
    private final Duration lease;
    private final Clock clock;
    private volatile Thread thread;

    ReleaseDispatcher(ReleaseDeliveryJdbcAdapter deliveries, ReleaseDeliveryProperties properties, Clock clock) {
        this.deliveries = deliveries;
        this.properties = properties;
        this.backOff = IntervalFunction.ofExponentialBackoff(properties.firstRetry().toMillis(), 2.0,
                properties.maxRetryInterval().toMillis());
        // no redirects: the partner's URL is the one configured
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.lease = properties.requestTimeout().multipliedBy(3).plusSeconds(10);
        this.clock = clock;
    }

    /** One round: sends what is due now; answers how many were attempted. */
    int dispatchDue() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<ReleaseDeliveryJdbcAdapter.Due> due = deliveries.claimDue(now, now.plus(lease), properties.batchSize());
        if (due.isEmpty()) {
            return 0;
        }
        try (ExecutorService sends = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (ReleaseDeliveryJdbcAdapter.Due delivery : due) {
                running.add(sends.submit(() -> attempt(delivery)));
            }
            for (Future<?> future : running) {
                try {
                    future.get();
                } catch (Exception e) {
                    log.warn("A release delivery could not be recorded; it is sent again after its lease", e);
                }
            }
        }
        return due.size();
    }

    private void attempt(ReleaseDeliveryJdbcAdapter.Due delivery) {
        long began = System.nanoTime();
        Integer statusCode = null;
        String error = null;
        Optional<WebhookProperties.Partner> partner = deliveries.configured(delivery.partnerId())
                .filter(p -> p.releaseUrl() != null && !p.secrets().isEmpty());
        if (partner.isEmpty()) {
            error = "partner " + delivery.partnerId() + " has no release URL or secret any more";
        } else {
            try {
                byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
                HttpRequest request = HttpRequest.newBuilder(URI.create(partner.get().releaseUrl()))
                        .timeout(properties.requestTimeout())
                        .header("Content-Type", "application/json")
                        .header("User-Agent", "OpenDOMS-Release/1")
                        .header(SIGNATURE_HEADER, WebhookSignatures.sign(partner.get().secrets().getFirst(),
                                clock.instant().getEpochSecond(), body))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build();
                statusCode = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted";
            } catch (Exception e) {
                error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
        }
        long durationMillis = (System.nanoTime() - began) / 1_000_000;
        boolean delivered = statusCode != null && statusCode >= 200 && statusCode < 300;
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int attempt = delivery.attempts() + 1;
        Instant next = null;
        if (!delivered) {
            Instant retryAt = at.plusMillis(backOff.apply(attempt));
            if (retryAt.isBefore(delivery.createdAt().plus(properties.retryFor()))) {
                next = retryAt;
            }
        }
        log.info("Release delivery {} attempt {} to partner {}: {} in {} ms{}", delivery.id(), attempt,
                delivery.partnerId(), statusCode != null ? "HTTP " + statusCode : error, durationMillis,
                delivered ? "" : next == null ? ", given up" : ", next at " + next);
        deliveries.recordAttempt(delivery.id(), attempt, at, statusCode, error, durationMillis, delivered, next);
    }

    @Override
    public void start() {
        thread = Thread.ofPlatform().daemon().name("release-dispatcher").start(this::loop);
    }

    private void loop() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (dispatchDue() == 0) {
                    Thread.sleep(properties.dispatchInterval());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Release dispatch round failed; trying again after {}", properties.dispatchInterval(), e);
                try {
                    Thread.sleep(properties.dispatchInterval());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    @Override
    public void stop() {
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
            try {
                running.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
