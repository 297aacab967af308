package io.opendoms.routing.engine;

import java.math.BigDecimal;

/** @param cost the cost of shipping from this location, when it could have shipped; else {@code null} */
public record CandidateEvaluation(String locationId, CandidateOutcome outcome, CandidateReason reason, BigDecimal cost) {
}
