package io.opendoms.fulfillment.adapter.delivery;

import io.opendoms.fulfillment.config.ReleaseDeliveryProperties;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReleaseDeliveryProperties.class)
class ReleaseDeliveryConfig {

    @Bean
    ReleaseDispatcher releaseDispatcher(ReleaseDeliveryJdbcAdapter deliveries, ReleaseDeliveryProperties properties,
                                        Clock clock) {
        return new ReleaseDispatcher(deliveries, properties, clock);
    }
}
