package io.opendoms.platform.outbox;

import io.opendoms.platform.retention.PacedPurger;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox writer wherever there is a database; the relay where there is Kafka too. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"})
@ConditionalOnClass(JdbcTemplate.class)
@ConditionalOnBean({JdbcTemplate.class, PlatformTransactionManager.class})
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OutboxSignal outboxSignal() {
        return new OutboxSignal();
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxWriter outboxWriter(JdbcTemplate jdbc, OutboxSignal signal, ObjectProvider<Clock> clock) {
        return new OutboxWriter(jdbc, signal, clock.getIfUnique(Clock::systemUTC));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(KafkaTemplate.class)
    @ConditionalOnBean(KafkaTemplate.class)
    @ConditionalOnProperty(prefix = "opendoms.outbox", name = "enabled", havingValue = "true", matchIfMissing = true)
    static class Relay {

        @Bean
        @ConditionalOnMissingBean
        OutboxRelay outboxRelay(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                                KafkaTemplate<String, String> kafka, OutboxProperties properties, OutboxSignal signal) {
            return new OutboxRelay(jdbc, new TransactionTemplate(transactionManager), kafka, properties, signal);
        }

        /** Purges published rows where the relay runs (one instance per service database is enough). */
        @Bean
        @ConditionalOnMissingBean(name = "outboxPurger")
        PacedPurger outboxPurger(JdbcTemplate jdbc, OutboxProperties properties, ObjectProvider<Clock> clock) {
            return OutboxPurger.of(jdbc, properties, clock.getIfUnique(Clock::systemUTC));
        }

        @Configuration(proxyBeanMethods = false)
        @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
        static class Ops {

            @Bean
            @ConditionalOnMissingBean
            OutboxEndpoint outboxEndpoint(OutboxRelay relay) {
                return new OutboxEndpoint(relay);
            }
        }

        /** {@code opendoms.outbox.pending}, {@code .held} (gauges) and {@code .send.failures} (counter). */
        @Configuration(proxyBeanMethods = false)
        @ConditionalOnClass(name = "io.micrometer.core.instrument.binder.MeterBinder")
        static class Metrics {

            @Bean
            io.micrometer.core.instrument.binder.MeterBinder outboxMetrics(OutboxRelay relay) {
                return registry -> {
                    io.micrometer.core.instrument.Gauge.builder("opendoms.outbox.pending", relay,
                                    r -> safely(r::pendingCount))
                            .description("outbox rows not published yet").register(registry);
                    io.micrometer.core.instrument.Gauge.builder("opendoms.outbox.held", relay, r -> safely(r::heldCount))
                            .description("outbox rows Kafka refused, waiting for another attempt").register(registry);
                    io.micrometer.core.instrument.FunctionCounter.builder("opendoms.outbox.send.failures", relay,
                                    OutboxRelay::failures)
                            .description("outbox rows whose send failed").register(registry);
                };
            }

            /** A gauge read while the database is down reads NaN rather than failing the scrape. */
            private static double safely(java.util.function.LongSupplier count) {
                try {
                    return count.getAsLong();
                } catch (RuntimeException e) {
                    return Double.NaN;
                }
            }
        }
    }
}
