package io.opendoms.fulfillment.adapter.delivery;

import io.github.resilience4j.core.IntervalFunction;
import io.opendoms.fulfillment.config.ReleaseDeliveryProperties;
import io.opendoms.platform.delivery.SignedPoster;
import io.opendoms.platform.webhook.WebhookProperties;
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

/**
 * Sends release deliveries, one round at a time on the platform's dispatch loop (a thread of its own, so that no
 * endpoint, however slow or dead, holds up a release): a round claims the due deliveries (a lease), POSTs them in
 * parallel on virtual threads with bounded time-outs, signed with the partner's first secret ({@code OMS-Signature},
 * the scheme of inbound webhooks), and records each attempt. A failure is retried with exponential back-off
 * (Resilience4j's interval function), capped, until the delivery is older than the retry period: then it is FAILED.
 * A crash between send and record sends it again after the lease; the receiver de-duplicates on the body's
 * {@code eventId}.
 */
class ReleaseDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ReleaseDispatcher.class);

    private final ReleaseDeliveryJdbcAdapter deliveries;
    private final ReleaseDeliveryProperties properties;
    private final IntervalFunction backOff;
    private final SignedPoster poster;
    private final Duration lease;
    private final Clock clock;

    ReleaseDispatcher(ReleaseDeliveryJdbcAdapter deliveries, ReleaseDeliveryProperties properties, Clock clock) {
        this.deliveries = deliveries;
        this.properties = properties;
        this.backOff = IntervalFunction.ofExponentialBackoff(properties.firstRetry().toMillis(), 2.0,
                properties.maxRetryInterval().toMillis());
        this.poster = new SignedPoster("OpenDOMS-Release/1", properties.connectTimeout(),
                properties.requestTimeout(), clock);
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
        Optional<WebhookProperties.Partner> partner = deliveries.configured(delivery.partnerId())
                .filter(p -> p.releaseUrl() != null && !p.secrets().isEmpty());
        SignedPoster.Outcome outcome = partner
                .map(p -> poster.post(p.releaseUrl(), p.secrets().getFirst(), delivery.payload()))
                .orElseGet(() -> new SignedPoster.Outcome(null,
                        "partner " + delivery.partnerId() + " has no release URL or secret any more", 0));
        boolean delivered = outcome.delivered();
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
                delivery.partnerId(), outcome.statusCode() != null ? "HTTP " + outcome.statusCode() : outcome.error(),
                outcome.durationMillis(), delivered ? "" : next == null ? ", given up" : ", next at " + next);
        deliveries.recordAttempt(delivery.id(), attempt, at, outcome.statusCode(), outcome.error(),
                outcome.durationMillis(), delivered, next);
    }
}
