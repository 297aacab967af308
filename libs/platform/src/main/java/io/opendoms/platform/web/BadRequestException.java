package io.opendoms.platform.web;

import java.util.List;

/** 400: Input that is invalid as such. */
public class BadRequestException extends ApiException {

    public BadRequestException(String detail, List<FieldError> errors) {
        super(400, detail, errors);
    }

    public BadRequestException(String detail) {
        this(detail, List.of());
    }
}
