package io.opendoms.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.EventJson;
import io.opendoms.events.Topics;
import io.opendoms.platform.support.TopicTail;
import io.opendoms.platform.testapp.PlatformTestApplication;
import io.opendoms.platform.testapp.WidgetService;
import io.opendoms.testkit.OpenDomsIntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** A row written while no relay runs is published by the next instance that starts on the same database. */
@OpenDomsIntegrationTest
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "opendoms.outbox.enabled=false")
class OutboxRestartIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    WidgetService widgets;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment env;

    @Test
    void rowWrittenWithoutRelayIsPublishedAfterRestart() {
        assertThat(context.getBeanNamesForType(OutboxRelay.class)).isEmpty();
        EventEnvelope event = widgets.announce(List.of("restart-" + System.nanoTime())).getFirst();
        assertThat(jdbc.queryForObject("SELECT published_at IS NULL FROM platform_outbox WHERE event_id = ?",
                Boolean.class, event.eventId())).isTrue();

        try (TopicTail tail = new TopicTail(env.getRequiredProperty("spring.kafka.bootstrap-servers"), Topics.INVENTORY);
             ConfigurableApplicationContext restarted = new SpringApplicationBuilder(PlatformTestApplication.class)
                     .web(WebApplicationType.NONE)
                     .properties(
                             "spring.datasource.url=" + env.getRequiredProperty("spring.datasource.url"),
                             "spring.datasource.username=" + env.getRequiredProperty("spring.datasource.username"),
                             "spring.datasource.password=" + env.getRequiredProperty("spring.datasource.password"),
                             "spring.kafka.bootstrap-servers=" + env.getRequiredProperty("spring.kafka.bootstrap-servers"),
                             "spring.kafka.consumer.group-id=" + env.getRequiredProperty("spring.kafka.consumer.group-id"),
                             "spring.kafka.listener.auto-startup=false")
                     .run()) {
            assertThat(restarted.getBeanNamesForType(OutboxRelay.class)).hasSize(1);
            var records = tail.awaitRecords(rs -> rs.stream()
                    .anyMatch(r -> EventJson.decode(r.value()).eventId().equals(event.eventId())));
            assertThat(records).anyMatch(r -> r.key().equals(event.key()));
            await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                    "SELECT published_at IS NOT NULL FROM platform_outbox WHERE event_id = ?", Boolean.class,
                    event.eventId()));
        }
    }
}
