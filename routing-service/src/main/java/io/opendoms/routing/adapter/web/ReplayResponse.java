package io.opendoms.routing.adapter.web;

import java.time.Instant;
import java.util.UUID;

/**
 * A decision planned again from the inputs it was taken with: {@code identical} when the replay ships exactly what
 * the decision did at the same cost (shipment ids and explanations aside).
 */
public record ReplayResponse(UUID decisionId, UUID orderId, String trigger, Instant decidedAt, boolean identical,
                             PlanResponse decided, PlanResponse replayed) {
}
