package io.opendoms.order.domain;

import java.util.Objects;

/** A rule an order broke, with the figures that broke it, in words ops can act on. */
public record HoldReason(HoldRule rule, String detail) {

    public HoldReason {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(detail, "detail");
    }
}
