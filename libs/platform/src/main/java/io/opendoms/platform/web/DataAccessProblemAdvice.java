package io.opendoms.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Conflicts found by the database are the client's 409, not a 500. Ordered just before
 * {@link ProblemDetailsAdvice} (whose catch-all would otherwise win); a service that maps these exceptions itself
 * orders its advice earlier.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class DataAccessProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(DataAccessProblemAdvice.class);

    @ExceptionHandler(OptimisticLockingFailureException.class)
    public ResponseEntity<ProblemDetail> onConcurrentChange(OptimisticLockingFailureException ex) {
        log.debug("Concurrent change", ex);
        return ProblemDetailsAdvice.problem(Problems.of(HttpStatus.CONFLICT,
                "The resource was changed concurrently; reload it and retry."));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    public ResponseEntity<ProblemDetail> onIntegrityViolation(DataIntegrityViolationException ex) {
        log.info("Data integrity violation: {}", ex.getMostSpecificCause().getMessage());
        return ProblemDetailsAdvice.problem(Problems.of(HttpStatus.CONFLICT,
                "The request conflicts with existing data."));
    }
}
