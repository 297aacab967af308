package io.opendoms.routing.application;

import io.opendoms.routing.domain.DecisionTrigger;
import io.opendoms.routing.engine.OrderLine;
import java.util.List;
import java.util.UUID;

/** Units of an order a location handed back ({@code fulfillment.unfilled}): source them elsewhere. */
public record HandleUnfilledCommand(UUID orderId, UUID fulfillmentId, String locationId, String reason,
                                    List<OrderLine> lines) {

    public HandleUnfilledCommand {
        lines = List.copyOf(lines);
        DecisionTrigger.ofUnfilled(reason); // an unknown reason is refused here, not half-way through handling it
    }
}
