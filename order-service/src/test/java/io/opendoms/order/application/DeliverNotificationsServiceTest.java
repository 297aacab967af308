package io.opendoms.order.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.order.application.DueDeliveriesPort.DueDelivery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeliverNotificationsServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private record Recorded(UUID id, int attempt, SendNotificationPort.Outcome outcome, Instant next) {
    }

    private final List<DueDelivery> due = new ArrayList<>();
    private final List<Recorded> recorded = new ArrayList<>();
    private final DueDeliveriesPort port = new DueDeliveriesPort() {
        @Override
        public List<DueDelivery> claimDue(Instant now, Instant leaseUntil, int limit) {
            List<DueDelivery> claimed = List.copyOf(due);
            due.clear();
            return claimed;
        }

        @Override
        public synchronized void recordAttempt(UUID deliveryId, int attempt, Instant at,
                                               SendNotificationPort.Outcome outcome, Instant nextAttemptAt) {
            recorded.add(new Recorded(deliveryId, attempt, outcome, nextAttemptAt));
        }
    };

    private DeliverNotificationsService service(int statusCode) {
        return new DeliverNotificationsService(port, (url, secret, body) -> new SendNotificationPort.Outcome(
                statusCode, null, 3), new SubscriptionUrlPolicy(false), Duration.ofSeconds(10), Duration.ofHours(1),
                Duration.ofHours(25), Duration.ofSeconds(5), 50, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private DueDelivery delivery(String url, int attempts, Duration age) {
        return new DueDelivery(UUID.randomUUID(), url, "s", "{}", attempts, NOW.minus(age));
    }

    @Test
    void aFailureIsRetriedLaterWithinTheRetryPeriod() {
        due.add(delivery("https://93.184.215.14/h", 0, Duration.ZERO));

        service(503).dispatchDue();

        assertThat(recorded).singleElement().satisfies(r -> {
            assertThat(r.attempt()).isEqualTo(1);
            assertThat(r.next()).isBetween(NOW.plusSeconds(7), NOW.plusSeconds(13));
        });
    }

    @Test
    void backOffGrowsUpToItsCeiling() {
        due.add(delivery("https://93.184.215.14/h", 20, Duration.ofHours(2)));

        service(500).dispatchDue();

        assertThat(recorded.getFirst().next()).isBetween(NOW.plus(Duration.ofMinutes(47)), NOW.plus(Duration.ofMinutes(61)));
    }

    @Test
    void givesUpOnceTheRetryPeriodIsOver() {
        due.add(delivery("https://93.184.215.14/h", 30, Duration.ofHours(24).plusMinutes(59).plusSeconds(55)));

        service(500).dispatchDue();

        assertThat(recorded.getFirst().next()).as("FAILED: no next attempt").isNull();
    }

    @Test
    void aDeliveredNotificationEnds() {
        due.add(delivery("https://93.184.215.14/h", 0, Duration.ZERO));

        service(202).dispatchDue();

        assertThat(recorded.getFirst().next()).isNull();
        assertThat(recorded.getFirst().outcome().delivered()).isTrue();
    }

    @Test
    void aUrlThatNowResolvesInsideIsNotSentTo() {
        due.add(delivery("https://127.0.0.1/h", 0, Duration.ZERO));

        service(200).dispatchDue();

        assertThat(recorded.getFirst().outcome().statusCode()).isNull();
        assertThat(recorded.getFirst().outcome().error()).startsWith("refused: the URL must not point");
    }
}
