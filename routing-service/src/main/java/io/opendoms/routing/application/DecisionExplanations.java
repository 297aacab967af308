package io.opendoms.routing.application;

import io.opendoms.routing.application.port.out.DecisionPort;
import io.opendoms.routing.domain.DecisionInputs;
import io.opendoms.routing.domain.PlanComparison;
import io.opendoms.routing.domain.RoutingConfig;
import io.opendoms.routing.domain.RoutingDecision;
import io.opendoms.routing.engine.Explanation;
import io.opendoms.routing.engine.Plan;
import io.opendoms.routing.engine.RoutingPolicy;
import io.opendoms.routing.engine.SourcingPlanner;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Completes the explanations of stored decisions when they are read (ADR 0012). A decision stores the explanation
 * planning found out anyway and the locations it left to price; pricing them is most of the work of an explanation,
 * so the decision path does not do it. Here the decision is planned again from its stored inputs under the
 * configuration version it was taken with — the engine is deterministic, so that is the decision's plan — and the
 * complete explanation of that plan fills in the locations left to price.
 */
@Component
class DecisionExplanations {

    private static final Logger log = LoggerFactory.getLogger(DecisionExplanations.class);

    private final DecisionPort decisions;
    private final SourcingPlanner planner;
    private final RoutingConfigService configs;

    DecisionExplanations(DecisionPort decisions, SourcingPlanner planner, RoutingConfigService configs) {
        this.decisions = decisions;
        this.planner = planner;
        this.configs = configs;
    }

    /** The decision with its explanation complete (as stored when nothing is left to price). */
    RoutingDecision explained(RoutingDecision decision) {
        if (decision.plan().explanation().complete()) {
            return decision;
        }
        return explained(decision, decisions.loadInputs(decision.decisionId()).map(this::replay));
    }

    /**
     * The decision with its explanation complete, priced from {@code replayed}: its plan planned again from its
     * inputs, explanation complete. When there is no replay, or it does not ship what the decision did (the
     * engine changed since), the locations left to price are listed as rejected {@code MORE_EXPENSIVE} without a
     * cost — as when pricing finds no plan that uses them — rather than priced against another plan.
     */
    RoutingDecision explained(RoutingDecision decision, Optional<Plan> replayed) {
        Explanation stored = decision.plan().explanation();
        if (stored.complete()) {
            return decision;
        }
        Explanation full = replayed.filter(r -> PlanComparison.samePlan(decision.plan(), r))
                .map(Plan::explanation).orElse(null);
        if (full == null) {
            log.warn("Decision {} of order {} does not replay as it was decided: its explanation is not priced",
                    decision.decisionId(), decision.orderId());
            full = Explanation.none();
        }
        Plan plan = decision.plan();
        return new RoutingDecision(decision.decisionId(), decision.orderId(), decision.trigger(), decision.attempt(),
                decision.status(), new Plan(plan.shipments(), plan.unallocated(), plan.totalCost(), plan.late(),
                stored.pricedFrom(full)), decision.decidedAt(), decision.shortages(), decision.scope(),
                decision.tries());
    }

    /** The decision's plan planned again from its inputs, explanation complete. */
    Plan replay(DecisionInputs inputs) {
        return planner.explain(inputs.problem(), inputs.network(), policyOf(inputs));
    }

    /** The rules the decision was taken under (the configuration in force when it was not versioned). */
    private RoutingPolicy policyOf(DecisionInputs inputs) {
        return (inputs.configVersion() == null ? Optional.<RoutingConfig>empty()
                : configs.version(inputs.configVersion())).orElseGet(configs::current).policy();
    }
}
