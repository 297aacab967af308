package io.opendoms.order.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outbound notifications. {@code allowInsecureUrls}: http and private addresses allowed (the local default only).
 * A delivery is retried with exponential back-off from {@code firstRetry} up to {@code maxRetryInterval} apart,
 * until it is {@code retryFor} old; then it is FAILED (and can be sent again by hand). Ended deliveries and their
 * attempts are deleted once {@code deliveryRetention} old.
 */
@ConfigurationProperties("opendoms.subscriptions")
public record SubscriptionProperties(
        @DefaultValue("false") boolean allowInsecureUrls,
        @DefaultValue("1s") Duration dispatchInterval,
        @DefaultValue("50") int batchSize,
        @DefaultValue("25h") Duration retryFor,
        @DefaultValue("10s") Duration firstRetry,
        @DefaultValue("1h") Duration maxRetryInterval,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration requestTimeout,
        @DefaultValue("7d") Duration deliveryRetention) {
}
