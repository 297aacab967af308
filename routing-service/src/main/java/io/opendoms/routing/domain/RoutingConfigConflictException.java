package io.opendoms.routing.domain;

/** A change of the routing configuration made against a version that is no longer the newest. */
public class RoutingConfigConflictException extends RuntimeException {

    public RoutingConfigConflictException(String message) {
        super(message);
    }
}
