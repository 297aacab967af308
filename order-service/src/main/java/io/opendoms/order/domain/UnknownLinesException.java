package io.opendoms.order.domain;

import java.util.List;
import java.util.UUID;

/** A request names lines the order does not have: nothing changes. */
public class UnknownLinesException extends RuntimeException {

    private final List<String> lineIds;

    public UnknownLinesException(UUID orderId, List<String> lineIds) {
        super("Order " + orderId + " has no line " + String.join(", ", lineIds));
        this.lineIds = List.copyOf(lineIds);
    }

    public List<String> lineIds() {
        return lineIds;
    }
}
