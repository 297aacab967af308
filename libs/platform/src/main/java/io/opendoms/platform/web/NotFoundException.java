package io.opendoms.platform.web;

import java.util.List;

/** 404: An unknown id or a resource the client may not see. */
public class NotFoundException extends ApiException {

    public NotFoundException(String detail) {
        super(404, detail, List.of());
    }
}
