package io.opendoms.platform.web;

import java.util.List;

/** 422: Well-formed input that the business rules reject. */
public class UnprocessableException extends ApiException {

    public UnprocessableException(String detail, List<FieldError> errors) {
        super(422, detail, errors);
    }

    public UnprocessableException(String detail) {
        this(detail, List.of());
    }
}
