package io.opendoms.platform.web;

import java.util.List;

/** 409: The request conflicts with the current state of the resource. */
public class ConflictException extends ApiException {

    public ConflictException(String detail) {
        super(409, detail, List.of());
    }
}
