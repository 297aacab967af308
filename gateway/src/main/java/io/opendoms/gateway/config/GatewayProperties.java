package io.opendoms.gateway.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.unit.DataSize;

/**
 * The gateway's edge ({@code opendoms.gateway.*}): what it refuses before a request reaches a service (ADR 0006).
 *
 * @param maxBodySize largest request body accepted (413 above it), counted as it streams for chunked bodies
 * @param cors        browser origins allowed to call {@code /api/**}
 * @param rateLimits  token buckets per client
 * @param resilience  time-out, circuit breaker and retries per service
 */
@ConfigurationProperties("opendoms.gateway")
public record GatewayProperties(
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue Cors cors,
        @DefaultValue RateLimits rateLimits,
        @DefaultValue Resilience resilience) {

    /** @param allowedOrigins exact origins ({@code https://shop.example.com}); none: no CORS at all */
    public record Cors(@Nullable List<String> allowedOrigins) {

        public Cors {
            allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        }
    }

    /**
     * @param enabled       off: nothing is limited
     * @param defaultLimit  the bucket of every client, partner or address without one of its own
     * @param clients       client id (or webhook partner id) → its own bucket
     */
    public record RateLimits(
            @DefaultValue("true") boolean enabled,
            @Name("default") @DefaultValue Limit defaultLimit,
            @Nullable Map<String, Limit> clients) {

        public RateLimits {
            clients = clients == null ? Map.of() : Map.copyOf(clients);
        }

        public Limit limitOf(String client) {
            return clients.getOrDefault(client, defaultLimit);
        }
    }

    /**
     * A token bucket: a burst of up to {@code capacity} requests, refilled at {@code refillPerSecond}.
     * The defaults leave room for the load benchmark's few clients at 300+ orders/s each.
     */
    public record Limit(@DefaultValue("2000") long capacity, @DefaultValue("1000") long refillPerSecond) {

        public Limit {
            if (capacity < 1 || refillPerSecond < 1) {
                throw new IllegalArgumentException("a rate limit needs capacity and refill-per-second of at least 1");
            }
        }
    }

    /**
     * @param defaultPolicy the policy of every service without one of its own
     * @param services      service name ({@code order}, {@code inventory}, ...) → its own, whole policy
     */
    public record Resilience(
            @Name("default") @DefaultValue Policy defaultPolicy,
            @Nullable Map<String, Policy> services) {

        public Resilience {
            services = services == null ? Map.of() : Map.copyOf(services);
        }

        public Policy policyOf(String service) {
            return services.getOrDefault(service, defaultPolicy);
        }
    }

    /**
     * How the gateway calls one service.
     *
     * @param timeout               longest wait for the service's response headers: 504 after it
     * @param failureRateThreshold  percentage of failed calls (unreachable, timed out) that opens the breaker
     * @param slidingWindowSize     how many recent calls the failure rate is taken over
     * @param minimumNumberOfCalls  calls needed in the window before the rate counts
     * @param openFor               how long an open breaker answers 503 at once before trying the service again
     * @param retries               extra attempts of an idempotent request that could not reach the service
     * @param retryBackoff          pause between those attempts
     */
    public record Policy(
            @DefaultValue("10s") Duration timeout,
            @DefaultValue("50") float failureRateThreshold,
            @DefaultValue("20") int slidingWindowSize,
            @DefaultValue("10") int minimumNumberOfCalls,
            @DefaultValue("10s") Duration openFor,
            @DefaultValue("2") int retries,
            @DefaultValue("100ms") Duration retryBackoff) {
    }
}
