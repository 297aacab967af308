package io.opendoms.inventory.config;

import io.opendoms.inventory.application.ExpireHoldsService;
import io.opendoms.inventory.domain.HoldPolicy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Checkout holds: the TTL bounds, and the job that expires holds by itself every {@code expiry-interval} (on every
 * instance: the job skips holds another instance is expiring, see {@link ExpireHoldsService}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(HoldProperties.class)
class HoldConfiguration implements SchedulingConfigurer {

    private final HoldProperties properties;
    private final ExpireHoldsService expireHolds;

    HoldConfiguration(HoldProperties properties, @Lazy ExpireHoldsService expireHolds) {
        this.properties = properties;
        this.expireHolds = expireHolds;
    }

    @Bean
    HoldPolicy holdPolicy() {
        return new HoldPolicy(properties.minTtl(), properties.maxTtl(), properties.defaultTtl());
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(() -> expireHolds.expireDue(properties.expiryBatch()),
                properties.expiryInterval());
    }
}
