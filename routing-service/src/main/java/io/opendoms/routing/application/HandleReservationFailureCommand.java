package io.opendoms.routing.application;

import io.opendoms.routing.domain.Shortage;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

public record HandleReservationFailureCommand(UUID orderId, UUID decisionId, List<Shortage> shortages) {

    public HandleReservationFailureCommand {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(decisionId, "decisionId");
        shortages = shortages == null ? List.of() : List.copyOf(shortages);
    }
}
