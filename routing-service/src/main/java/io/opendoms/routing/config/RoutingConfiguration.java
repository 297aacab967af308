package io.opendoms.routing.config;

import io.opendoms.routing.application.RoutingConfigService;
import io.opendoms.routing.application.port.out.RoutingConfigPort;
import io.opendoms.routing.engine.CostOptimalPlanner;
import io.opendoms.routing.engine.SourcingPlanner;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
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

    /**
     * The configuration in force. The opendoms.routing.* properties are its version 1, stored at the first start;
     * from then on the stored versions rule ({@code PUT /api/v1/routing/config}) and the properties are not read.
     * Another instance's change is in force here within {@code opendoms.routing-config.refresh}.
     */
    @Bean
    RoutingConfigService routingConfigService(RoutingConfigPort configs, RoutingProperties properties, Clock clock,
                                              @Value("${opendoms.routing-config.refresh:1s}") Duration refresh) {
        return new RoutingConfigService(configs, properties.toPolicy(), clock, refresh);
    }

    /** The cost-optimising engine of routing-engine (ADR 0009). */
    @Bean
    SourcingPlanner sourcingPlanner() {
        return new CostOptimalPlanner();
    }
}
