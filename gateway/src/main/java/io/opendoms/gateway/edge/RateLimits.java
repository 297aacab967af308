package io.opendoms.gateway.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.opendoms.gateway.config.GatewayProperties;
import io.opendoms.platform.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-client token buckets (Bucket4j): each client, webhook partner or address gets a burst of {@code capacity}
 * requests refilled at {@code refill-per-second}; past it, 429 problem with {@code Retry-After}. Health probes and
 * the API documentation are never limited.
 */
public final class RateLimits extends OncePerRequestFilter {

    private static final RequestMatcher UNLIMITED = new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern("/actuator/health"),
            PathPatternRequestMatcher.pathPattern("/actuator/health/**"),
            PathPatternRequestMatcher.pathPattern("/swagger-ui.html"),
            PathPatternRequestMatcher.pathPattern("/swagger-ui/**"),
            PathPatternRequestMatcher.pathPattern("/v3/api-docs/**"));

    private final GatewayProperties.RateLimits limits;
    private final ClientKeys keys;
    /** Idle buckets are full ones: forgetting them changes nothing, and addresses cannot pile up. */
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();

    RateLimits(GatewayProperties.RateLimits limits, ClientKeys keys) {
        this.limits = limits;
        this.keys = keys;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !limits.enabled() || UNLIMITED.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ConsumptionProbe probe = consume(keys.of(request));
        if (probe.isConsumed() && ClientKeys.isWebhook(request) && ClientKeys.webhookPartner(request).isPresent()) {
            // a partner's name is not verified here: a made-up one must not escape its address's bucket
            probe = consume(ClientKeys.address(request));
        }
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds()
                    + (probe.getNanosToWaitForRefill() % 1_000_000_000L == 0 ? 0 : 1));
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            Problems.write(response, Problems.of(HttpStatus.TOO_MANY_REQUESTS,
                    "Too many requests from this client; try again in " + seconds + " s."));
            return;
        }
        chain.doFilter(request, response);
    }

    private ConsumptionProbe consume(ClientKeys.Key key) {
        return buckets.get(key.bucket(), bucket -> newBucket(limits.limitOf(key.limitName())))
                .tryConsumeAndReturnRemaining(1);
    }

    private static Bucket newBucket(GatewayProperties.Limit limit) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity())
                        .refillGreedy(limit.refillPerSecond(), Duration.ofSeconds(1)).build())
                .build();
    }
}
