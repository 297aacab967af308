package io.opendoms.fulfillment.adapter.web;

import io.opendoms.fulfillment.domain.IllegalTransitionException;
import io.opendoms.fulfillment.domain.InvalidPickException;
import io.opendoms.platform.web.FieldError;
import io.opendoms.platform.web.Problems;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The fulfillment rules' violations as problems: a report the status rules out is 409, a bad short pick 422. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class FulfillmentProblemAdvice {

    @ExceptionHandler(IllegalTransitionException.class)
    ResponseEntity<ProblemDetail> onIllegalTransition(IllegalTransitionException ex) {
        return problem(Problems.of(HttpStatus.CONFLICT, ex.getMessage()));
    }

    @ExceptionHandler(InvalidPickException.class)
    ResponseEntity<ProblemDetail> onInvalidPick(InvalidPickException ex) {
        return problem(Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage(),
                List.of(new FieldError(ex.field(), ex.getMessage()))));
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.complete(problem));
    }
}
