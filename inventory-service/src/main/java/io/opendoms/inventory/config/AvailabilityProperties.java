package io.opendoms.inventory.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The availability index ({@code opendoms.inventory.availability.*}, ADR 0013).
 *
 * @param maxAge  how long an answer may lag a stock or location change made by another instance (default 2 s);
 *                changes made by this instance show in the next answer after they commit. 0 reads the database
 *                for every query.
 * @param maxSkus how many SKUs the index keeps at most (default 5,000; a SKU stocked at 150 locations takes
 *                roughly 20 KB)
 */
@ConfigurationProperties("opendoms.inventory.availability")
public record AvailabilityProperties(
        @DefaultValue("2s") Duration maxAge,
        @DefaultValue("5000") int maxSkus) {

    public AvailabilityProperties {
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("opendoms.inventory.availability.max-age must not be negative");
        }
        if (maxSkus <= 0) {
            throw new IllegalArgumentException("opendoms.inventory.availability.max-skus must be positive");
        }
    }
}
