package io.opendoms.inventory.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Checkout holds ({@code opendoms.inventory.holds.*}).
 *
 * @param minTtl         the shortest TTL a hold may ask for (default 1 s)
 * @param maxTtl         the longest (default 24 h), also for an extension
 * @param defaultTtl     the TTL of a hold that names none (default 15 min)
 * @param expiryInterval how often the expiry job looks for holds past their expiry (default 5 s): a hold reserves
 *                       its units for at most this long after it expired
 * @param expiryBatch    holds expired per transaction (default 200)
 */
@ConfigurationProperties("opendoms.inventory.holds")
public record HoldProperties(
        @DefaultValue("1s") Duration minTtl,
        @DefaultValue("24h") Duration maxTtl,
        @DefaultValue("15m") Duration defaultTtl,
        @DefaultValue("5s") Duration expiryInterval,
        @DefaultValue("200") int expiryBatch) {

    public HoldProperties {
        if (expiryInterval.isNegative() || expiryInterval.isZero()) {
            throw new IllegalArgumentException("opendoms.inventory.holds.expiry-interval must be positive");
        }
        if (expiryBatch <= 0) {
            throw new IllegalArgumentException("opendoms.inventory.holds.expiry-batch must be positive");
        }
    }
}
