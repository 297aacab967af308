package io.opendoms.routing.domain;

import io.opendoms.routing.engine.RoutingPolicy.ConfigError;
import java.util.List;

/** A configuration document that does not validate; every bad key of it. */
public class InvalidRoutingConfigException extends RuntimeException {

    private final List<ConfigError> errors;

    public InvalidRoutingConfigException(List<ConfigError> errors) {
        super("The routing configuration has " + errors.size() + " invalid keys");
        this.errors = List.copyOf(errors);
    }

    public List<ConfigError> errors() {
        return errors;
    }
}
