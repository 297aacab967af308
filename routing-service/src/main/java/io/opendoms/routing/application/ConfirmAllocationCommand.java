package io.opendoms.routing.application;

import java.util.Objects;
import java.util.UUID;

public record ConfirmAllocationCommand(UUID orderId, UUID decisionId) {

    public ConfirmAllocationCommand {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(decisionId, "decisionId");
    }
}
