package io.opendoms.inventory.config;

import io.opendoms.inventory.application.AvailabilityIndex;
import io.opendoms.inventory.application.AvailableStockPort;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The in-memory availability index that availability queries answer from (ADR 0013), and the job that reads the
 * SKUs being asked for again ahead of their max age.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(AvailabilityProperties.class)
class AvailabilityConfiguration implements SchedulingConfigurer {

    private final AvailabilityIndex index;

    AvailabilityConfiguration(@Lazy AvailabilityIndex index) {
        this.index = index;
    }

    @Bean
    static AvailabilityIndex availabilityIndex(AvailableStockPort stock, Clock clock,
                                               AvailabilityProperties properties) {
        return new AvailabilityIndex(stock, clock, properties.maxAge(), properties.maxSkus());
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!index.refreshInterval().isZero()) {
            registrar.addFixedDelayTask(index::refreshAsked, index.refreshInterval());
        }
    }
}
