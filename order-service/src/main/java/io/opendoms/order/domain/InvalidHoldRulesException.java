package io.opendoms.order.domain;

import java.util.List;

/** Hold rules that cannot be used; lists every bad field. The rules in force stay. */
public class InvalidHoldRulesException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidHoldRulesException(List<Violation> violations) {
        super("Invalid hold rules: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
