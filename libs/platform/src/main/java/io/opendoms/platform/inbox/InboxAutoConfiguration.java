package io.opendoms.platform.inbox;

import io.opendoms.platform.messaging.InboundEvents;
import io.opendoms.platform.retention.PacedPurger;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Inbox de-duplication, the idempotent event dispatcher and the inbox's retention. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"})
@ConditionalOnClass(JdbcTemplate.class)
@ConditionalOnBean({JdbcTemplate.class, PlatformTransactionManager.class})
@EnableConfigurationProperties(InboxProperties.class)
public class InboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    InboxGuard inboxGuard(JdbcTemplate jdbc) {
        return new InboxGuard(jdbc);
    }

    /** Fails the start when processed event ids would be forgotten before the events leave their topics. */
    @Bean
    @ConditionalOnMissingBean(name = "inboxPurger")
    PacedPurger inboxPurger(JdbcTemplate jdbc, InboxProperties properties, Environment environment,
                            ObjectProvider<Clock> clock) {
        Duration topicRetention = environment.getProperty("opendoms.kafka.retention", Duration.class,
                Duration.ofDays(7));
        if (properties.retention().compareTo(topicRetention) <= 0) {
            throw new IllegalStateException("opendoms.inbox.retention (" + properties.retention()
                    + ") must be longer than the topics' retention opendoms.kafka.retention (" + topicRetention
                    + "): a redelivered old event would otherwise be processed twice");
        }
        return InboxPurger.of(jdbc, properties, clock.getIfUnique(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnMissingBean
    InboundEvents inboundEvents(InboxGuard inboxGuard, PlatformTransactionManager transactionManager) {
        return new InboundEvents(inboxGuard, new TransactionTemplate(transactionManager));
    }
}
