package io.opendoms.order.application;

import io.github.resilience4j.core.IntervalFunction;
import io.opendoms.order.application.DueDeliveriesPort.DueDelivery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the due deliveries, in parallel, outside any transaction: a claim (a short transaction) leases them, the
 * POSTs run on virtual threads with time-outs, each outcome is recorded in its own short transaction. A failure
 * is retried with exponential, jittered back-off (Resilience4j's interval function) until the delivery is older
 * than the retry period; then it is FAILED. A crash between send and record sends it again after the lease: the
 * receiver deduplicates on the payload's {@code eventId}.
 */
public class DeliverNotificationsService {

    private static final Logger log = LoggerFactory.getLogger(DeliverNotificationsService.class);

    private final DueDeliveriesPort deliveries;
    private final SendNotificationPort sender;
    private final SubscriptionUrlPolicy urls;
    private final IntervalFunction backOff;
    private final Duration retryFor;
    private final Duration lease;
    private final int batchSize;
    private final Clock clock;

    public DeliverNotificationsService(DueDeliveriesPort deliveries, SendNotificationPort sender,
                                       SubscriptionUrlPolicy urls, Duration firstRetry, Duration maxRetryInterval,
                                       Duration retryFor, Duration requestTimeout, int batchSize, Clock clock) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.urls = urls;
        this.backOff = IntervalFunction.ofExponentialRandomBackoff(firstRetry.toMillis(), 2.0, 0.2,
                maxRetryInterval.toMillis());
        this.retryFor = retryFor;
        this.lease = requestTimeout.multipliedBy(3).plusSeconds(10);
        this.batchSize = batchSize;
        this.clock = clock;
    }

    /** One round: what is due now; answers how many were attempted. */
    public int dispatchDue() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<DueDelivery> due = deliveries.claimDue(now, now.plus(lease), batchSize);
        if (due.isEmpty()) {
            return 0;
        }
        try (ExecutorService sends = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (DueDelivery delivery : due) {
                running.add(sends.submit(() -> attempt(delivery)));
            }
            for (Future<?> future : running) {
                try {
                    future.get();
                } catch (Exception e) {
                    log.warn("A notification delivery could not be recorded; it is sent again after its lease", e);
                }
            }
        }
        return due.size();
    }

    private void attempt(DueDelivery delivery) {
        SendNotificationPort.Outcome outcome = urls.refusal(delivery.url())
                .map(reason -> new SendNotificationPort.Outcome(null, "refused: the URL " + reason, 0))
                .orElseGet(() -> sender.send(delivery.url(), delivery.secret(), delivery.payload()));
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int attempt = delivery.attempts() + 1;
        Instant next = null;
        if (!outcome.delivered()) {
            Instant retryAt = at.plusMillis(backOff.apply(attempt));
            if (retryAt.isBefore(delivery.createdAt().plus(retryFor))) {
                next = retryAt;
            }
        }
        deliveries.recordAttempt(delivery.id(), attempt, at, outcome, next);
    }
}
