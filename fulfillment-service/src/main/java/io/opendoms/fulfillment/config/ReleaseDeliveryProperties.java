package io.opendoms.fulfillment.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code opendoms.fulfillment.release-delivery.*}: POSTs of released fulfillment orders to the release URL of their
 * location's WMS/store partner ({@code opendoms.webhooks.partners[i].release-url}).
 *
 * @param firstRetry       wait before the second attempt; each further wait doubles
 * @param maxRetryInterval the longest wait between two attempts
 * @param retryFor         how long a delivery is retried before it is given up (FAILED)
 * @param connectTimeout   HTTP connect time-out
 * @param requestTimeout   HTTP time-out of one attempt
 * @param dispatchInterval how often the dispatcher looks for due deliveries when it found none
 * @param batchSize        deliveries sent per round, in parallel
 * @param retention        ended deliveries (DELIVERED, FAILED) and their attempts are deleted after this long
 */
@ConfigurationProperties("opendoms.fulfillment.release-delivery")
public record ReleaseDeliveryProperties(
        @DefaultValue("10s") Duration firstRetry,
        @DefaultValue("1h") Duration maxRetryInterval,
        @DefaultValue("24h") Duration retryFor,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration requestTimeout,
        @DefaultValue("1s") Duration dispatchInterval,
        @DefaultValue("20") int batchSize,
        @DefaultValue("30d") Duration retention) {
}
