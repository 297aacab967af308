package io.opendoms.order.domain;

import java.util.List;

/** A draft that cannot become an order; lists every bad field, not only the first. */
public class InvalidOrderException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidOrderException(List<Violation> violations) {
        super("Invalid order: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
