package io.opendoms.returns.config;

import io.opendoms.returns.domain.RefundPolicy;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time, and the refund policy of {@code opendoms.returns.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReturnsConfig.ReturnsProperties.class)
class ReturnsConfig {

    /**
     * {@code restockingFeePercentByReason}: the share kept from a refund per return reason (e.g. CHANGED_MIND: 10);
     * a reason without one refunds in full.
     */
    @ConfigurationProperties("opendoms.returns")
    record ReturnsProperties(Map<String, BigDecimal> restockingFeePercentByReason) {
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    RefundPolicy refundPolicy(ReturnsProperties properties) {
        return new RefundPolicy(properties.restockingFeePercentByReason());
    }
}
