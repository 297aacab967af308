package io.opendoms.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that never reached a controller (a filter's {@code sendError}, an exception thrown by a filter, the
 * container's own 404/405) are problems too, never Boot's default error body.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    @RequestMapping
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c && HttpStatus.resolve(c) != null
                ? HttpStatus.valueOf(c) : HttpStatus.INTERNAL_SERVER_ERROR;
        String detail = switch (status) {
            case NOT_FOUND -> "No endpoint " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) + ".";
            case INTERNAL_SERVER_ERROR -> "An unexpected error occurred.";
            default -> status.getReasonPhrase() + ".";
        };
        return ProblemDetailsAdvice.problem(Problems.of(status, detail));
    }
}
