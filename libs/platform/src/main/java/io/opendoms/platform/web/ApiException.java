package io.opendoms.platform.web;

import java.util.List;

/** An error meant for the API client; rendered as {@code application/problem+json} with {@link #status()}. */
public abstract class ApiException extends RuntimeException {

    private final int status;
    private final List<FieldError> errors;

    protected ApiException(int status, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }
}
