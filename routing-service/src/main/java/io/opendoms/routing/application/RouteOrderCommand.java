package io.opendoms.routing.application;

import io.opendoms.routing.domain.SourcingRequest;
import java.util.Objects;

public record RouteOrderCommand(SourcingRequest request) {

    public RouteOrderCommand {
        Objects.requireNonNull(request, "request");
    }
}
