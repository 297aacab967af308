package io.opendoms.gateway.proxy;

import io.opendoms.platform.web.Problems;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A service's response that breaks off while the gateway copies it (the service's time-out cancelled the read,
 * or the service died mid-answer) is the service's failure, not the client's and not a bug of the gateway: 504
 * problem with {@code Retry-After}, never the 500 of the catch-all (seen under overload in the load benchmark).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UpstreamBrokenAdvice {

    private static final Logger log = LoggerFactory.getLogger(UpstreamBrokenAdvice.class);

    @ExceptionHandler(IOException.class)
    ResponseEntity<ProblemDetail> onBrokenUpstream(IOException e) {
        log.warn("A service's response broke off while it was passed on: {}", e.toString());
        return ResponseEntity.status(HttpStatus.GATEWAY_TIMEOUT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(Problems.of(HttpStatus.GATEWAY_TIMEOUT,
                        "The service behind this path did not answer in full in time; try again shortly."));
    }
}
