package io.opendoms.inventory.adapter.web;

import io.opendoms.inventory.application.AdjustmentsRejectedException;
import io.opendoms.inventory.application.IdempotencyKeyReusedException;
import io.opendoms.inventory.application.InvalidCountedAtException;
import io.opendoms.inventory.application.UnknownStockException;
import io.opendoms.inventory.domain.StaleCountException;
import io.opendoms.platform.web.FieldError;
import io.opendoms.platform.web.Problems;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The stock rules' exceptions as problems, naming the request fields they are about. */
@RestControllerAdvice(assignableTypes = StockController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class StockProblemAdvice {

    @ExceptionHandler(AdjustmentsRejectedException.class)
    ResponseEntity<ProblemDetail> onRejected(AdjustmentsRejectedException ex) {
        List<FieldError> errors = ex.lines().stream()
                .map(line -> new FieldError(line(line.index(), "delta"), line.violation().getMessage()))
                .toList();
        return problem(HttpStatus.CONFLICT, "On hand would go negative on "
                + String.join(", ", errors.stream().map(e -> e.field().replace(".delta", "")).toList())
                + "; nothing was changed.", errors);
    }

    @ExceptionHandler(UnknownStockException.class)
    ResponseEntity<ProblemDetail> onUnknown(UnknownStockException ex) {
        List<FieldError> errors = new ArrayList<>();
        for (UnknownStockException.UnknownTarget target : ex.targets()) {
            if (target.locationUnknown()) {
                errors.add(new FieldError(line(target.index(), "locationId"), "unknown location " + target.locationId()));
            }
            if (target.skuUnknown()) {
                errors.add(new FieldError(line(target.index(), "sku"), "unknown SKU " + target.sku()));
            }
        }
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Unknown locations or SKUs; nothing was changed.", errors);
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<ProblemDetail> onKeyReused(IdempotencyKeyReusedException ex) {
        return problem(HttpStatus.CONFLICT, ex.getMessage(), List.of());
    }

    @ExceptionHandler(StaleCountException.class)
    ResponseEntity<ProblemDetail> onStaleCount(StaleCountException ex) {
        return problem(HttpStatus.CONFLICT, "The count as of " + ex.countedAt() + " is older than the count as of "
                + ex.appliedCountedAt() + " already applied; nothing was changed.",
                List.of(new FieldError("countedAt", "must not be before " + ex.appliedCountedAt())));
    }

    @ExceptionHandler(InvalidCountedAtException.class)
    ResponseEntity<ProblemDetail> onInvalidCountedAt(InvalidCountedAtException ex) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid value for 'countedAt'.",
                List.of(new FieldError("countedAt", ex.getMessage())));
    }

    private static String line(int index, String field) {
        return "adjustments[" + index + "]." + field;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, List<FieldError> errors) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(status, detail, errors));
    }
}
