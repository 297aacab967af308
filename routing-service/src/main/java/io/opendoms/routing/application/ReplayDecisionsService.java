package io.opendoms.routing.application;

import io.opendoms.routing.application.port.out.DecisionPort;
import io.opendoms.routing.domain.Backtest;
import io.opendoms.routing.domain.BacktestReport;
import io.opendoms.routing.domain.PlanComparison;
import io.opendoms.routing.engine.Plan;
import io.opendoms.routing.engine.RoutingPolicy;
import io.opendoms.routing.engine.SourcingPlanner;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replays decisions from their stored inputs: the engine is deterministic, so the same inputs and rules give the
 * same plan; other rules (a back-test) give the plan the order would have had under them.
 */
@Service
class ReplayDecisionsService implements ReplayDecisionsUseCase {

    private final DecisionPort decisions;
    private final SourcingPlanner planner;
    private final DecisionExplanations explanations;

    ReplayDecisionsService(DecisionPort decisions, SourcingPlanner planner, DecisionExplanations explanations) {
        this.decisions = decisions;
        this.planner = planner;
        this.explanations = explanations;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Replay> replay(UUID decisionId) {
        return decisions.load(decisionId).flatMap(decision -> decisions.loadInputs(decisionId).map(inputs -> {
            // explained: the replay answers with both explanations, and prices the decision's from its own
            Plan replayed = explanations.replay(inputs);
            return new Replay(explanations.explained(decision, Optional.of(replayed)), replayed,
                    PlanComparison.samePlan(decision.plan(), replayed));
        }));
    }

    @Override
    @Transactional(readOnly = true)
    public BacktestReport backtest(Backtest backtest) {
        RoutingPolicy rules = backtest.effectivePolicy();
        BacktestReport.Tally tally = new BacktestReport.Tally();
        for (DecisionPort.ReplayableDecision d : decisions.firstDecisions(backtest.from(), backtest.to(),
                backtest.limit())) {
            // a back-test compares plans, not explanations: nothing to price
            Plan replayed = planner.plan(d.inputs().problem(), backtest.effectiveNetwork(d.inputs().network()), rules);
            tally.add(d.decision().orderId(), d.decision().decisionId(), d.decision().plan(), replayed);
        }
        return tally.report();
    }
}
