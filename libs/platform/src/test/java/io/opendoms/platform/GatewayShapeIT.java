package io.opendoms.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.platform.config.PlatformFlywayAutoConfiguration;
import io.opendoms.platform.correlation.CorrelationAutoConfiguration;
import io.opendoms.platform.inbox.InboxAutoConfiguration;
import io.opendoms.platform.inbox.InboxGuard;
import io.opendoms.platform.messaging.InboundEvents;
import io.opendoms.platform.messaging.PlatformKafkaAutoConfiguration;
import io.opendoms.platform.openapi.OpenApiAutoConfiguration;
import io.opendoms.platform.outbox.OutboxAutoConfiguration;
import io.opendoms.platform.outbox.OutboxRelay;
import io.opendoms.platform.outbox.OutboxWriter;
import io.opendoms.platform.security.PlatformSecurityAutoConfiguration;
import io.opendoms.platform.web.ProblemDetailsAdvice;
import io.opendoms.platform.web.WebProblemsAutoConfiguration;
import io.opendoms.platform.webhook.WebhookAutoConfiguration;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.web.SecurityFilterChain;

/** The gateway takes the platform without JDBC, Flyway and Kafka: the rest must still configure itself. */
class GatewayShapeIT {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withClassLoader(new FilteredClassLoader(JdbcTemplate.class, Flyway.class, KafkaTemplate.class))
            .withConfiguration(AutoConfigurations.of(
                    org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration.class,
                    org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration.class,
                    org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration.class,
                    org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration.class,
                    CorrelationAutoConfiguration.class,
                    WebProblemsAutoConfiguration.class, PlatformSecurityAutoConfiguration.class,
                    WebhookAutoConfiguration.class, PlatformFlywayAutoConfiguration.class,
                    OutboxAutoConfiguration.class, InboxAutoConfiguration.class,
                    PlatformKafkaAutoConfiguration.class, OpenApiAutoConfiguration.class));

    @Test
    void webPiecesWithoutPersistenceOrMessaging() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(ProblemDetailsAdvice.class);
            assertThat(context).hasBean("correlationIdFilter").hasBean("webhookSignatureFilter");
            assertThat(context.getBean("correlationIdFilter")).isInstanceOf(FilterRegistrationBean.class);
            assertThat(context).doesNotHaveBean(OutboxWriter.class).doesNotHaveBean(OutboxRelay.class)
                    .doesNotHaveBean(InboxGuard.class).doesNotHaveBean(InboundEvents.class);
        });
    }

    @Test
    void backsOffWhenTheServiceDeclaresItsOwnSecurity() {
        runner.withBean("customChain", SecurityFilterChain.class,
                        () -> new org.springframework.security.web.DefaultSecurityFilterChain(
                                request -> false))
                .run(context -> assertThat(context).getBeans(SecurityFilterChain.class).containsOnlyKeys("customChain"));
    }
}
