package io.opendoms.routing.config;

import io.opendoms.routing.engine.CostOptimalPlanner;
import io.opendoms.routing.engine.RoutingPolicy;
import io.opendoms.routing.engine.SourcingPlanner;
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

    /** The cost-optimising engine of routing-engine (ADR 0009). */
    @Bean
    SourcingPlanner sourcingPlanner() {
        return new CostOptimalPlanner();
    }
}
