package io.opendoms.order.application;

import io.opendoms.order.domain.FulfillmentLine;
import java.util.List;
import java.util.UUID;

/** Units of a fulfillment its location will not fulfil ({@code fulfillment.unfilled}). */
public record UnfilledUnitsCommand(UUID orderId, UUID fulfillmentId, String locationId, String reason,
                                   List<FulfillmentLine> lines, String detail) {

    public UnfilledUnitsCommand {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
