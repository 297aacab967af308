package io.opendoms.routing.application;

import io.opendoms.routing.engine.OrderLine;
import java.util.List;
import java.util.UUID;

public interface HandleCancellationUseCase {

    /** Takes cancelled units of an order back: from the backorder, or from the locations sourcing them. */
    void cancel(UUID orderId, UUID cancellationId, List<OrderLine> lines);
}
