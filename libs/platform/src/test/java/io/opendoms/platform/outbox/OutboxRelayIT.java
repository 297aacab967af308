package io.opendoms.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.EventJson;
import io.opendoms.events.Topics;
import io.opendoms.platform.testapp.PlatformTestApplication;
import io.opendoms.platform.testapp.WidgetService;
import io.opendoms.testkit.OpenDomsIntegrationTest;
import io.opendoms.testkit.TopicTail;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The relay in an instance that does not run it ({@code opendoms.outbox.enabled=false}): rows wait for the
 * next instance; rounds driven by hand show failure handling, the advisory lock and the purge.
 */
@OpenDomsIntegrationTest
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"opendoms.outbox.enabled=false", "spring.kafka.listener.auto-startup=false"})
class OutboxRelayIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    WidgetService widgets;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    Environment env;

    @Autowired
    OutboxSignal signal;

    /** A relay whose held rows are due again at once (no back-off). */
    private OutboxRelay manualRelay() {
        return new OutboxRelay(jdbc, new TransactionTemplate(transactionManager), kafka,
                new OutboxProperties(false, Duration.ofMillis(100), 500, Duration.ofSeconds(30), Duration.ZERO,
                        Duration.ZERO, Duration.ofDays(7), Duration.ofDays(1), 2, Duration.ZERO),
                new OutboxSignal());
    }

    @Test
    void rowWrittenWithoutRelayIsPublishedAfterRestart() {
        assertThat(context.getBeanNamesForType(OutboxRelay.class)).isEmpty();
        EventEnvelope event = widgets.announce(List.of("restart-" + UUID.randomUUID())).getFirst();
        assertThat(publishedAtIsNull(event.eventId())).isTrue();

        try (TopicTail tail = new TopicTail(env.getRequiredProperty("spring.kafka.bootstrap-servers"), Topics.INVENTORY);
             ConfigurableApplicationContext restarted = new SpringApplicationBuilder(PlatformTestApplication.class)
                     .web(WebApplicationType.NONE)
                     .properties(
                             "spring.datasource.url=" + env.getRequiredProperty("spring.datasource.url"),
                             "spring.datasource.username=" + env.getRequiredProperty("spring.datasource.username"),
                             "spring.datasource.password=" + env.getRequiredProperty("spring.datasource.password"),
                             "spring.kafka.bootstrap-servers=" + env.getRequiredProperty("spring.kafka.bootstrap-servers"),
                             "spring.kafka.listener.auto-startup=false")
                     .run()) {
            assertThat(restarted.getBeanNamesForType(OutboxRelay.class)).hasSize(1);
            List<ConsumerRecord<String, String>> records = tail.awaitRecords(rs -> rs.stream()
                    .anyMatch(r -> EventJson.decode(r.value()).eventId().equals(event.eventId())));
            assertThat(records).anyMatch(r -> r.key().equals(event.key()));
            await().atMost(Duration.ofSeconds(60)).until(() -> !publishedAtIsNull(event.eventId()));
        }
    }

    @Test
    void failedSendRecordsTheErrorAndHoldsBackLaterRows() {
        String key = "failing-" + UUID.randomUUID();
        List<EventEnvelope> events = widgets.announce(List.of(key, key, key));
        UUID failing = events.get(1).eventId();
        refuse(failing);

        try (TopicTail tail = new TopicTail(env.getRequiredProperty("spring.kafka.bootstrap-servers"), Topics.INVENTORY)) {
            OutboxRelay relay = manualRelay();
            relay.drain();

            assertThat(publishedAtIsNull(events.get(0).eventId())).isFalse();
            assertThat(publishedAtIsNull(failing)).isTrue();
            assertThat(publishedAtIsNull(events.get(2).eventId())).isTrue();
            assertThat(jdbc.queryForObject("SELECT attempts FROM platform_outbox WHERE event_id = ?", Integer.class,
                    failing)).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT last_error FROM platform_outbox WHERE event_id = ?", String.class,
                    failing)).isNotBlank();

            accept(failing);
            relay.drain();

            List<UUID> published = tail.awaitRecords(rs -> rs.stream().filter(r -> r.key().equals(key)).count() >= 3)
                    .stream().filter(r -> r.key().equals(key)).map(r -> EventJson.decode(r.value()).eventId())
                    .toList();
            assertThat(published).containsExactly(events.get(0).eventId(), failing, events.get(2).eventId());
            assertThat(events).noneMatch(e -> publishedAtIsNull(e.eventId()));
        }
    }

    /**
     * Before 2026-12 one refused row stopped every later event of the service; now it holds back the later rows
     * of its own key only, is retried, and is listed for ops.
     */
    @Test
    void aRefusedRowHoldsBackOnlyItsOwnKey() {
        String held = "held-" + UUID.randomUUID();
        String flowing = "flowing-" + UUID.randomUUID();
        List<EventEnvelope> heldEvents = widgets.announce(List.of(held, held, held));
        List<EventEnvelope> flowingEvents = widgets.announce(List.of(flowing, flowing));
        UUID refused = heldEvents.get(1).eventId();
        refuse(refused);
        OutboxRelay relay = manualRelay();

        relay.drain();
        relay.drain();  // retried (no back-off here) and refused again: still holding its key

        assertThat(publishedAtIsNull(heldEvents.get(0).eventId())).isFalse();
        assertThat(publishedAtIsNull(refused)).isTrue();
        assertThat(publishedAtIsNull(heldEvents.get(2).eventId())).isTrue();
        assertThat(flowingEvents).noneMatch(e -> publishedAtIsNull(e.eventId()));
        assertThat(relay.held(100)).anySatisfy(row -> {
            assertThat(row.eventId()).isEqualTo(refused);
            assertThat(row.attempts()).isEqualTo(2);
            assertThat(row.lastError()).isNotBlank();
        });
        assertThat(relay.heldCount()).isPositive();
        assertThat(relay.failures()).isGreaterThanOrEqualTo(2);

        accept(refused);
        relay.drain();
        relay.drain();

        assertThat(heldEvents).noneMatch(e -> publishedAtIsNull(e.eventId()));
        assertThat(relay.held(100)).noneMatch(row -> row.eventId().equals(refused));
    }

    @Test
    void aHeldRowWaitsForItsBackOff() {
        String key = "backoff-" + UUID.randomUUID();
        UUID refused = widgets.announce(List.of(key)).getFirst().eventId();
        refuse(refused);
        OutboxRelay relay = new OutboxRelay(jdbc, new TransactionTemplate(transactionManager), kafka,
                new OutboxProperties(false, Duration.ofMillis(100), 500, Duration.ofSeconds(30), Duration.ofMinutes(1),
                        Duration.ofMinutes(5), Duration.ofDays(7), Duration.ofDays(1), 2, Duration.ZERO),
                new OutboxSignal());

        relay.drain();
        relay.drain();

        assertThat(jdbc.queryForObject("SELECT attempts FROM platform_outbox WHERE event_id = ?", Integer.class,
                refused)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT next_attempt_at > now() + interval '50 seconds' FROM platform_outbox "
                + "WHERE event_id = ?", Boolean.class, refused)).isTrue();
        jdbc.update("DELETE FROM platform_outbox WHERE event_id = ?", refused);
    }

    @Test
    void commitWakesTheRelayWithoutWaitingForThePoll() {
        OutboxRelay relay = new OutboxRelay(jdbc, new TransactionTemplate(transactionManager), kafka,
                new OutboxProperties(true, Duration.ofHours(1), 500, Duration.ofSeconds(30), Duration.ofSeconds(1),
                        Duration.ofSeconds(10), Duration.ofDays(7), Duration.ofDays(1), 5000, Duration.ZERO),
                signal);
        relay.start();
        try {
            // the first round at start finds nothing new; after it the relay sleeps for an hour unless woken
            await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                    "SELECT count(*) FROM platform_outbox WHERE published_at IS NULL", Integer.class) == 0);
            EventEnvelope event = widgets.announce(List.of("wake-" + UUID.randomUUID())).getFirst();
            await().atMost(Duration.ofSeconds(60)).until(() -> !publishedAtIsNull(event.eventId()));
        } finally {
            relay.stop();
        }
        assertThat(relay.isRunning()).isFalse();
    }

    @Test
    void onlyOneRelayPublishesAtATime() throws Exception {
        EventEnvelope event = widgets.announce(List.of("locked-" + UUID.randomUUID())).getFirst();
        OutboxRelay relay = manualRelay();
        try (Connection other = dataSource.getConnection(); Statement s = other.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + OutboxRelay.LOCK_KEY + ")");
            assertThat(relay.drain()).isZero();
            assertThat(publishedAtIsNull(event.eventId())).isTrue();
            s.execute("SELECT pg_advisory_unlock(" + OutboxRelay.LOCK_KEY + ")");
        }
        assertThat(relay.drain()).isPositive();
        assertThat(publishedAtIsNull(event.eventId())).isFalse();
    }

    @Test
    void purgeDeletesOnlyRowsPublishedBeforeTheRetentionInBatches() {
        List<EventEnvelope> events = widgets.announce(List.of("old-" + UUID.randomUUID(), "recent-" + UUID.randomUUID(),
                "pending-" + UUID.randomUUID(), "old2-" + UUID.randomUUID(), "old3-" + UUID.randomUUID()));
        for (int i : new int[] {0, 3, 4}) {
            jdbc.update("UPDATE platform_outbox SET published_at = now() - interval '8 days' WHERE event_id = ?",
                    events.get(i).eventId());
        }
        jdbc.update("UPDATE platform_outbox SET published_at = now() - interval '6 days' WHERE event_id = ?",
                events.get(1).eventId());
        jdbc.update("UPDATE platform_outbox SET created_at = now() - interval '30 days' WHERE event_id = ?",
                events.get(2).eventId());

        var purger = OutboxPurger.of(jdbc, new OutboxProperties(false, Duration.ofMillis(100), 500,
                Duration.ofSeconds(30), Duration.ZERO, Duration.ZERO, Duration.ofDays(7), Duration.ofDays(1), 2,
                Duration.ZERO), Clock.systemUTC());
        assertThat(purger.purge()).isGreaterThanOrEqualTo(3);  // batches of two: three statements at least

        assertThat(exists(events.get(0).eventId())).isFalse();
        assertThat(exists(events.get(3).eventId())).isFalse();
        assertThat(exists(events.get(4).eventId())).isFalse();
        assertThat(exists(events.get(1).eventId())).isTrue();
        assertThat(exists(events.get(2).eventId())).isTrue();
    }

    /** Makes the row larger than the producer accepts (1 MiB): Kafka refuses it (RecordTooLargeException). */
    private void refuse(UUID eventId) {
        jdbc.update("UPDATE platform_outbox SET payload = payload || repeat(' ', 1100000) WHERE event_id = ?", eventId);
    }

    /** Back to its own size (trailing blanks after the JSON). */
    private void accept(UUID eventId) {
        jdbc.update("UPDATE platform_outbox SET payload = rtrim(payload) WHERE event_id = ?", eventId);
    }

    private boolean publishedAtIsNull(UUID eventId) {
        return jdbc.queryForObject("SELECT published_at IS NULL FROM platform_outbox WHERE event_id = ?",
                Boolean.class, eventId);
    }

    private boolean exists(UUID eventId) {
        return jdbc.queryForObject("SELECT count(*) FROM platform_outbox WHERE event_id = ?", Integer.class,
                eventId) == 1;
    }
}
