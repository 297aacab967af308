package io.opendoms.gateway.proxy;

import io.opendoms.platform.web.Problems;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Turns a service that cannot be reached (refused, reset, timed out) into a 503 problem, instead of
 * the 500 an unexpected exception would become: the client did nothing wrong and may retry.
 */
final class ServiceUnavailable {

    private static final Logger log = LoggerFactory.getLogger(ServiceUnavailable.class);

    static HandlerFilterFunction<ServerResponse, ServerResponse> problem(String service) {
        return (request, next) -> {
            try {
                return next.handle(request);
            } catch (ResourceAccessException e) {
                log.warn("{} service unreachable for {} {}: {} ({})", service, request.method(), request.path(),
                        e.getMessage(), String.valueOf(e.getCause()));
                ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                        "The " + service + " service is not reachable right now; try again shortly.");
                problem.setInstance(URI.create(request.path()));
                return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .header(HttpHeaders.RETRY_AFTER, "5")
                        .body(problem);
            }
        };
    }

    private ServiceUnavailable() {
    }
}
