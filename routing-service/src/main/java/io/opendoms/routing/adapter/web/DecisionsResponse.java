package io.opendoms.routing.adapter.web;

import io.opendoms.routing.adapter.web.PlanResponse.ExplanationResponse;
import io.opendoms.routing.adapter.web.PlanResponse.ShipmentResponse;
import io.opendoms.routing.adapter.web.PlanResponse.UnallocatedResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code GET /api/v1/routing/decisions?orderId=}: every decision for the order, oldest first. */
public record DecisionsResponse(List<DecisionResponse> items) {

    /** A plan as {@link PlanResponse}, plus which decision it is, why it was taken and when. */
    public record DecisionResponse(
            UUID decisionId,
            UUID orderId,
            String trigger,
            int attempt,
            String status,
            Instant decidedAt,
            List<ShipmentResponse> shipments,
            List<UnallocatedResponse> unallocated,
            BigDecimal totalCost,
            boolean late,
            ExplanationResponse explanation) {
    }
}
