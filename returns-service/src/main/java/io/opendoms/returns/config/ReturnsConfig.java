package io.opendoms.returns.config;

import io.opendoms.returns.domain.RefundPolicy;
import java.math.BigDecimal;
import java.time.Clock;
import io.opendoms.returns.domain.InstantRefundPolicy;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time, and the refund policies of {@code opendoms.returns.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReturnsConfig.ReturnsProperties.class)
class ReturnsConfig {

    /**
     * {@code restockingFeePercentByReason}: the share kept from a refund per return reason (e.g. CHANGED_MIND: 10);
     * a reason without one refunds in full.
     */
    @ConfigurationProperties("opendoms.returns")
    record ReturnsProperties(Map<String, BigDecimal> restockingFeePercentByReason, InstantRefund instantRefund) {

        /** Refund mail returns on the label's first carrier scan: up to {@code maxAmount}, not to flagged customers. */
        record InstantRefund(@DefaultValue("true") boolean enabled, @DefaultValue("200.00") BigDecimal maxAmount,
                             Set<String> flaggedCustomers) {
        }
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    InstantRefundPolicy instantRefundPolicy(ReturnsProperties properties) {
        ReturnsProperties.InstantRefund instant = properties.instantRefund();
        return instant == null ? new InstantRefundPolicy(true, new BigDecimal("200.00"), Set.of())
                : new InstantRefundPolicy(instant.enabled(), instant.maxAmount(), instant.flaggedCustomers());
    }

    @Bean
    RefundPolicy refundPolicy(ReturnsProperties properties) {
        return new RefundPolicy(properties.restockingFeePercentByReason());
    }
}
