package io.opendoms.routing.application;

import io.opendoms.routing.domain.Backtest;
import io.opendoms.routing.domain.BacktestReport;
import io.opendoms.routing.domain.RoutingDecision;
import io.opendoms.routing.engine.Plan;
import java.util.Optional;
import java.util.UUID;

public interface ReplayDecisionsUseCase {

    /** The decision planned again from its stored inputs; empty when it has none (or does not exist). */
    Optional<Replay> replay(UUID decisionId);

    /** Plans the decisions of a period again under other rules, and what changed. */
    BacktestReport backtest(Backtest backtest);

    /** {@code identical}: the replay ships exactly what the decision did, at the same cost. */
    record Replay(RoutingDecision decision, Plan replayed, boolean identical) {
    }
}
