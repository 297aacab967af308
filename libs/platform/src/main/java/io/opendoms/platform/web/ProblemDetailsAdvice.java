package io.opendoms.platform.web;

import io.opendoms.platform.messaging.FailureKind;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Renders every error of a controller as RFC 9457 {@code application/problem+json}; bad input names each bad
 * field in {@code errors}; an unexpected exception is a 500 without internals. Ordered last, so a service's own
 * advice (declared earlier or ordered) takes precedence.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ApiException.class)
    public ResponseEntity<ProblemDetail> onApiException(ApiException ex) {
        HttpStatusCode status = HttpStatusCode.valueOf(ex.status());
        return problem(Problems.of(status, ex.detail(), ex.errors()));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<ProblemDetail> onConstraintViolation(ConstraintViolationException ex) {
        List<FieldError> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage())).toList();
        return problem(Problems.of(HttpStatus.BAD_REQUEST, Problems.invalidFields(errors), sorted(errors)));
    }

    /** A multipart Content-Type without a readable multipart body: no API of ours takes one anyway. */
    @ExceptionHandler(MultipartException.class)
    public ResponseEntity<ProblemDetail> onMultipart(MultipartException ex) {
        if (ex instanceof MaxUploadSizeExceededException) {
            return problem(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "The request body is too large."));
        }
        return problem(Problems.of(HttpStatus.BAD_REQUEST, "The request body could not be read as multipart."));
    }

    /**
     * A dependency that is unavailable for a moment (the database restarting, a connection cut, the pool
     * exhausted: {@link FailureKind#TRANSIENT} anywhere in the cause chain — also when Spring reports the failed
     * rollback instead of the failure itself) is a 503 the client may retry, with its Idempotency-Key; anything
     * else is a 500.
     */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> onUnexpected(Exception ex, HttpServletRequest request) {
        if (FailureKind.of(ex) == FailureKind.TRANSIENT) {
            log.warn("Dependency unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), ex.toString());
            ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                    "A dependency is unavailable for a moment; retry the request (with the same Idempotency-Key).");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(Problems.complete(problem));
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
        return problem(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = errorsOf(ex.getBindingResult(), "");
        return handleExceptionInternal(ex,
                Problems.of(HttpStatus.BAD_REQUEST, Problems.invalidFields(errors), errors),
                headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors bean) {
                errors.addAll(errorsOf(bean, ""));
            } else {
                String name = parameterName(result.getMethodParameter());
                for (MessageSourceResolvable error : result.getResolvableErrors()) {
                    errors.add(new FieldError(name, error.getDefaultMessage()));
                }
            }
        }
        errors = sorted(errors);
        HttpStatusCode code = status.is5xxServerError() ? status : HttpStatus.BAD_REQUEST;
        return handleExceptionInternal(ex, Problems.of(code, Problems.invalidFields(errors), errors), headers, code,
                request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = unreadable(ex);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        String message = "must be " + describe(ex.getRequiredType());
        List<FieldError> errors = List.of(new FieldError(name == null ? "value" : name, message));
        return handleExceptionInternal(ex,
                Problems.of(HttpStatus.BAD_REQUEST, Problems.invalidFields(errors), errors),
                headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = List.of(new FieldError(ex.getParameterName(), "is required"));
        return handleExceptionInternal(ex, Problems.of(HttpStatus.BAD_REQUEST,
                "Required parameter '" + ex.getParameterName() + "' is missing.", errors), headers,
                HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex instanceof MissingRequestValueException missing && missing.getBody().getDetail() != null) {
            String name = missingName(ex);
            List<FieldError> errors = name == null ? List.of() : List.of(new FieldError(name, "is required"));
            return handleExceptionInternal(ex, Problems.of(HttpStatus.BAD_REQUEST,
                    missing.getBody().getDetail(), errors), headers, HttpStatus.BAD_REQUEST, request);
        }
        return super.handleServletRequestBindingException(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String path = ex.getResourcePath();
        return handleExceptionInternal(ex, Problems.of(HttpStatus.NOT_FOUND,
                "No endpoint " + ex.getHttpMethod() + " /" + (path.startsWith("/") ? path.substring(1) : path)
                        + "."), headers, HttpStatus.NOT_FOUND, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Object problem = body;
        if (!(problem instanceof ProblemDetail)) {
            problem = Problems.of(status, status.is5xxServerError() ? "An unexpected error occurred." : null);
        } else {
            Problems.complete((ProblemDetail) problem);
        }
        if (status.is5xxServerError()) {
            log.error("Request failed with {}", status.value(), ex);
        }
        return super.handleExceptionInternal(ex, problem, headers, status, request);
    }

    static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(Problems.complete(problem));
    }

    private static ProblemDetail unreadable(HttpMessageNotReadableException ex) {
        JacksonException jackson = findCause(ex, JacksonException.class);
        if (jackson == null) {
            String detail = ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")
                    ? "The request body is missing." : "The request body could not be read.";
            return Problems.of(HttpStatus.BAD_REQUEST, detail);
        }
        String field = fieldPath(jackson.getPath());
        if (field.isEmpty() || jackson instanceof StreamReadException) {
            TokenStreamLocation at = jackson.getLocation();
            String where = at == null || at.getLineNr() < 0 ? ""
                    : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String detail = jackson instanceof MismatchedInputException && !(jackson instanceof StreamReadException)
                    ? "The request body does not have the expected structure" + where + "."
                    : "The request body is not valid JSON" + where + ".";
            return Problems.of(HttpStatus.BAD_REQUEST, detail);
        }
        String message;
        if (jackson instanceof InvalidFormatException invalid) {
            message = "must be " + describe(invalid.getTargetType());
        } else if (jackson instanceof InvalidNullException) {
            message = "must not be null";
        } else if (jackson instanceof MismatchedInputException mismatch) {
            message = "must be " + describe(mismatch.getTargetType());
        } else {
            message = "is invalid";  // e.g. a record's constructor rejected the value
        }
        List<FieldError> errors = List.of(new FieldError(field, message));
        return Problems.of(HttpStatus.BAD_REQUEST, "Invalid value for '" + field + "'.", errors);
    }

    /** A short, class-name free description of an expected type. */
    static String describe(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == java.math.BigInteger.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 " + (type == java.time.LocalDate.class ? "date" : "timestamp");
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "a JSON object";
    }

    private static String fieldPath(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference ref : path) {
            if (ref.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static List<FieldError> errorsOf(Errors result, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        result.getFieldErrors().forEach(e -> errors.add(new FieldError(prefix + e.getField(), e.getDefaultMessage())));
        result.getGlobalErrors().forEach(e -> errors.add(new FieldError(
                result instanceof BindingResult b ? b.getObjectName() : e.getObjectName(), e.getDefaultMessage())));
        return sorted(errors);
    }

    private static List<FieldError> sorted(List<FieldError> errors) {
        return errors.stream().sorted(Comparator.comparing(FieldError::field, Comparator.nullsFirst(String::compareTo))
                .thenComparing(FieldError::message, Comparator.nullsFirst(String::compareTo))).toList();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        boolean afterParameter = false;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                afterParameter = true;
                field.setLength(0);
                field.append(node.getName());
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT && node.getName() == null) {
                continue;
            }
            if (afterParameter && field.length() > 0 && node.getIndex() == null) {
                field.setLength(0);  // a bean parameter: name its properties, not the Java parameter
                afterParameter = false;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null && !path.name().isEmpty()) {
            return path.name();
        }
        CookieValue cookie = parameter.getParameterAnnotation(CookieValue.class);
        if (cookie != null && !cookie.name().isEmpty()) {
            return cookie.name();
        }
        String name = parameter.getParameterName();
        return name != null ? name : "argument " + parameter.getParameterIndex();
    }

    private static String missingName(ServletRequestBindingException ex) {
        if (ex instanceof org.springframework.web.bind.MissingRequestHeaderException h) {
            return h.getHeaderName();
        }
        if (ex instanceof org.springframework.web.bind.MissingPathVariableException p) {
            return p.getVariableName();
        }
        if (ex instanceof org.springframework.web.bind.MissingRequestCookieException c) {
            return c.getCookieName();
        }
        return null;
    }

    private static <T extends Throwable> T findCause(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
