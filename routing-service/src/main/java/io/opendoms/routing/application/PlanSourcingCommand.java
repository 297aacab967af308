package io.opendoms.routing.application;

import io.opendoms.routing.engine.DeliveryMethod;
import io.opendoms.routing.engine.OrderLine;
import io.opendoms.routing.engine.ServiceLevel;
import io.opendoms.routing.domain.ShipTo;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** @param at the instant to plan as of; {@code null} for now */
public record PlanSourcingCommand(
        ShipTo shipTo,
        DeliveryMethod deliveryMethod,
        ServiceLevel serviceLevel,
        String pickupLocationId,
        String channel,
        Instant at,
        List<OrderLine> lines) {

    public PlanSourcingCommand {
        Objects.requireNonNull(deliveryMethod, "deliveryMethod");
        Objects.requireNonNull(serviceLevel, "serviceLevel");
        lines = List.copyOf(lines);
    }
}
