package io.opendoms.routing.config;

import io.opendoms.routing.domain.NearestLocationPlanner;
import io.opendoms.routing.domain.RoutingPolicy;
import io.opendoms.routing.domain.SourcingPlanner;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RoutingProperties.class)
class RoutingConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    RoutingPolicy routingPolicy(RoutingProperties properties) {
        return properties.toPolicy();
    }

    /** The simple nearest-location rule until the cost-optimising engine replaces it. */
    @Bean
    SourcingPlanner sourcingPlanner() {
        return new NearestLocationPlanner();
    }
}
