package io.opendoms.inventory.adapter.web;

import io.opendoms.inventory.application.HoldConflictException;
import io.opendoms.inventory.application.HoldShortException;
import io.opendoms.inventory.application.IdempotencyKeyReusedException;
import io.opendoms.inventory.application.InactiveLocationException;
import io.opendoms.inventory.application.UnknownStockException;
import io.opendoms.inventory.domain.InvalidTtlException;
import io.opendoms.inventory.domain.Shortage;
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

/** The hold rules' exceptions as problems, naming the request fields they are about. */
@RestControllerAdvice(assignableTypes = HoldController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class HoldProblemAdvice {

    @ExceptionHandler(HoldShortException.class)
    ResponseEntity<ProblemDetail> onShort(HoldShortException ex) {
        List<FieldError> errors = ex.lines().stream()
                .map(line -> new FieldError("lines[" + line.index() + "].quantity", describe(line.shortage())))
                .toList();
        return problem(HttpStatus.CONFLICT, "Not enough stock of " + String.join(", ", ex.lines().stream()
                .map(line -> line.shortage().sku()).toList()) + "; nothing was held.", errors);
    }

    @ExceptionHandler(UnknownStockException.class)
    ResponseEntity<ProblemDetail> onUnknown(UnknownStockException ex) {
        List<FieldError> errors = new ArrayList<>();
        for (UnknownStockException.UnknownTarget target : ex.targets()) {
            if (target.locationUnknown()) {
                errors.add(new FieldError("locationId", "unknown location " + target.locationId()));
            }
            if (target.skuUnknown()) {
                errors.add(new FieldError("lines[" + target.index() + "].sku", "unknown SKU " + target.sku()));
            }
        }
        return problem(HttpStatus.NOT_FOUND, "Unknown SKUs or location; nothing was held.", errors);
    }

    @ExceptionHandler(InactiveLocationException.class)
    ResponseEntity<ProblemDetail> onInactive(InactiveLocationException ex) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage() + "; nothing was held.",
                List.of(new FieldError("locationId", "location is not active")));
    }

    @ExceptionHandler(InvalidTtlException.class)
    ResponseEntity<ProblemDetail> onTtl(InvalidTtlException ex) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid value for 'ttlSeconds'.",
                List.of(new FieldError("ttlSeconds", ex.getMessage())));
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<ProblemDetail> onKeyReused(IdempotencyKeyReusedException ex) {
        return problem(HttpStatus.CONFLICT, ex.getMessage(), List.of());
    }

    @ExceptionHandler(HoldConflictException.class)
    ResponseEntity<ProblemDetail> onConflict(HoldConflictException ex) {
        return problem(HttpStatus.CONFLICT, ex.getMessage(), List.of());
    }

    private static String describe(Shortage shortage) {
        return shortage.locationId() == null
                ? "%d of %s requested, none available at an active location".formatted(shortage.requested(),
                        shortage.sku())
                : "%d of %s requested, %d available at %s".formatted(shortage.requested(), shortage.sku(),
                        shortage.available(), shortage.locationId());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, List<FieldError> errors) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(status, detail, errors));
    }
}
