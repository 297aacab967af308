package io.opendoms.routing.application;

import io.opendoms.routing.domain.RoutingDecision;
import java.util.List;
import java.util.UUID;

public interface ListDecisionsUseCase {

    /** Every decision taken for the order, oldest first; empty for an order routing has not seen. */
    List<RoutingDecision> list(UUID orderId);
}
