package io.opendoms.fulfillment.adapter.persistence;

import io.opendoms.fulfillment.config.PendingShortageProperties;
import io.opendoms.fulfillment.config.WebhookInboxProperties;
import io.opendoms.platform.retention.PacedPurger;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({WebhookInboxProperties.class, PendingShortageProperties.class})
class RetentionConfig {

    @Bean
    PacedPurger webhookInboxPurger(JdbcTemplate jdbc, WebhookInboxProperties properties, Clock clock) {
        return WebhookInboxPurger.of(jdbc, properties, clock);
    }

    @Bean
    PacedPurger pendingShortagePurger(JdbcTemplate jdbc, PendingShortageProperties properties, Clock clock) {
        return PendingShortagePurger.of(jdbc, properties, clock);
    }
}
