package io.opendoms.fulfillment.adapter.delivery;

import io.opendoms.fulfillment.config.ReleaseDeliveryProperties;
import io.opendoms.platform.delivery.DispatchLoop;
import io.opendoms.platform.retention.PacedPurger;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReleaseDeliveryProperties.class)
class ReleaseDeliveryConfig {

    @Bean
    ReleaseDispatcher releaseDispatcher(ReleaseDeliveryJdbcAdapter deliveries, ReleaseDeliveryProperties properties,
                                        Clock clock) {
        return new ReleaseDispatcher(deliveries, properties, clock);
    }

    /** The thread that sends release deliveries, round after round. */
    @Bean
    DispatchLoop releaseDispatchLoop(ReleaseDispatcher dispatcher, ReleaseDeliveryProperties properties) {
        return new DispatchLoop("release-dispatcher", dispatcher::dispatchDue, properties.dispatchInterval());
    }

    /** Ended deliveries and their attempts, past the retention, in paced batches (as the outbox is purged). */
    @Bean
    PacedPurger releaseDeliveryPurger(JdbcTemplate jdbc, ReleaseDeliveryProperties properties, Clock clock) {
        return PacedPurger.of("release-delivery-purge", jdbc, PURGE, properties.retention(), 1000,
                Duration.ofMinutes(10), Duration.ofMillis(20), clock);
    }

    // one statement: the attempts go with their deliveries; PENDING ones stay whatever their age
    static final String PURGE = """
            with doomed as (
                select id from release_delivery where status <> 'PENDING' and created_at < ?
                order by created_at limit ?),
            attempts as (delete from release_delivery_attempt where delivery_id in (select id from doomed))
            delete from release_delivery where id in (select id from doomed)""";
}
