package io.opendoms.gateway.proxy;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.opendoms.gateway.config.GatewayProperties;
import io.opendoms.gateway.edge.RequestBodies;
import io.opendoms.platform.web.Problems;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * What the gateway does when a service fails to answer, per service (Resilience4j, ADR 0006):
 * <ul>
 * <li>unreachable (refused, reset, connect time-out): 503 problem with {@code Retry-After}; an idempotent request
 * whose body was not sent yet is tried again first — a POST never is, the service may have acted on it;</li>
 * <li>no response headers within the service's time-out: 504 problem (the service's HTTP client enforces it on the
 * request thread, so nothing hops threads);</li>
 * <li>both count as failures for the service's circuit breaker; while it is open every call is 503 at once, so a
 * dead service costs neither threads nor time-outs.</li>
 * </ul>
 * Answers of the service, 5xx included, pass through as they are.
 */
public final class ServiceResilience {

    /** The request attribute naming the service a route sends to (read by {@link ServiceProxyExchange}). */
    public static final String SERVICE_ATTRIBUTE = ServiceResilience.class.getName() + ".service";

    private static final Logger log = LoggerFactory.getLogger(ServiceResilience.class);
    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.PUT, HttpMethod.DELETE);

    private final Map<String, CircuitBreaker> breakers = new LinkedHashMap<>();
    private final Map<String, Retry> retries = new LinkedHashMap<>();
    private final GatewayProperties.Resilience properties;

    public ServiceResilience(GatewayProperties.Resilience properties, Iterable<String> services) {
        this.properties = properties;
        for (String service : services) {
            GatewayProperties.Policy policy = properties.policyOf(service);
            breakers.put(service, CircuitBreaker.of(service, CircuitBreakerConfig.custom()
                    .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                    .slidingWindowSize(policy.slidingWindowSize())
                    .minimumNumberOfCalls(policy.minimumNumberOfCalls())
                    .failureRateThreshold(policy.failureRateThreshold())
                    .waitDurationInOpenState(policy.openFor())
                    .automaticTransitionFromOpenToHalfOpenEnabled(false)
                    .recordException(ServiceFailure.class::isInstance)
                    .build()));
            retries.put(service, Retry.of(service, RetryConfig.custom()
                    .maxAttempts(policy.retries() + 1)
                    .waitDuration(policy.retryBackoff().isZero() ? Duration.ofMillis(1) : policy.retryBackoff())
                    .retryOnException(e -> e instanceof Unreachable unreachable && unreachable.retryable)
                    .build()));
        }
    }

    /** The time-out of {@code service}'s calls. */
    public Duration timeoutOf(String service) {
        return properties.policyOf(service).timeout();
    }

    public CircuitBreaker breakerOf(String service) {
        return breakers.get(service);
    }

    /** The filter of every route to {@code service}. */
    public HandlerFilterFunction<ServerResponse, ServerResponse> filter(String service) {
        CircuitBreaker breaker = breakers.get(service);
        Retry retry = retries.get(service);
        if (breaker == null || retry == null) {
            throw new IllegalArgumentException("unknown service " + service);
        }
        return (request, next) -> {
            request.attributes().put(SERVICE_ATTRIBUTE, service);
            try {
                return retry.executeCallable(() -> breaker.executeCallable(() -> {
                    try {
                        return next.handle(request);
                    } catch (ResourceAccessException e) {
                        throw classify(request, e);
                    }
                }));
            } catch (CallNotPermittedException e) {
                long seconds = Math.max(1, properties.policyOf(service).openFor().toSeconds());
                return problem(request, HttpStatus.SERVICE_UNAVAILABLE, seconds,
                        "The " + service + " service is failing; calls to it are paused. Try again shortly.");
            } catch (Unreachable e) {
                log.warn("{} service unreachable for {} {}: {}", service, request.method(), request.path(),
                        String.valueOf(e.getCause().getCause()));
                return problem(request, HttpStatus.SERVICE_UNAVAILABLE, 5,
                        "The " + service + " service is not reachable right now; try again shortly.");
            } catch (TimedOut e) {
                log.warn("{} service did not answer {} {} within {}", service, request.method(), request.path(),
                        timeoutOf(service));
                return problem(request, HttpStatus.GATEWAY_TIMEOUT, 0,
                        "The " + service + " service did not answer in time.");
            }
        };
    }

    private static ServiceFailure classify(ServerRequest request, ResourceAccessException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpConnectTimeoutException) {
                break;
            }
            if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
                return new TimedOut(e);
            }
        }
        boolean retryable = IDEMPOTENT.contains(request.method())
                && !RequestBodies.anyByteRead(request.servletRequest());
        return new Unreachable(e, retryable);
    }

    private static ServerResponse problem(ServerRequest request, HttpStatus status, long retryAfterSeconds,
            String detail) {
        ProblemDetail problem = Problems.of(status, detail);
        problem.setInstance(URI.create(request.path()));
        ServerResponse.BodyBuilder response = ServerResponse.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (retryAfterSeconds > 0) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        }
        return response.body(problem);
    }

    /** A call that failed because of the service, not the client: it counts against the breaker. */
    private abstract static sealed class ServiceFailure extends RuntimeException permits Unreachable, TimedOut {

        ServiceFailure(ResourceAccessException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    private static final class Unreachable extends ServiceFailure {

        final boolean retryable;

        Unreachable(ResourceAccessException cause, boolean retryable) {
            super(cause);
            this.retryable = retryable;
        }
    }

    private static final class TimedOut extends ServiceFailure {

        TimedOut(ResourceAccessException cause) {
            super(cause);
        }
    }
}
