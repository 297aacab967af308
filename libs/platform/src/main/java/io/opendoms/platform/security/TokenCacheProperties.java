package io.opendoms.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Decoded access tokens kept for their lifetime ({@code opendoms.security.token-cache.*}, see
 * {@link CachingJwtDecoder}).
 *
 * @param maxEntries tokens kept at most (default 10,000); 0 decodes and verifies every token every time
 * @param maxAge     the longest a token is answered from the cache after it was verified, even if its
 *                   {@code exp} is later (default 5 min)
 */
@ConfigurationProperties("opendoms.security.token-cache")
public record TokenCacheProperties(
        @DefaultValue("10000") int maxEntries,
        @DefaultValue("5m") Duration maxAge) {

    public TokenCacheProperties {
        if (maxEntries < 0) {
            throw new IllegalArgumentException("opendoms.security.token-cache.max-entries must not be negative");
        }
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("opendoms.security.token-cache.max-age must not be negative");
        }
    }
}
