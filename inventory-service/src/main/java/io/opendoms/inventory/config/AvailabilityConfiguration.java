package io.opendoms.inventory.config;

import io.opendoms.inventory.application.AvailabilityIndex;
import io.opendoms.inventory.application.AvailableStockPort;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The in-memory availability index that availability queries answer from (ADR 0012). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AvailabilityProperties.class)
class AvailabilityConfiguration {

    @Bean
    AvailabilityIndex availabilityIndex(AvailableStockPort stock, Clock clock, AvailabilityProperties properties) {
        return new AvailabilityIndex(stock, clock, properties.maxAge(), properties.maxSkus());
    }
}
