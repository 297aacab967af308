package io.opendoms.routing.engine;

/**
 * Decides which locations ship which lines with which carrier service. Pure and side-effect free, so the same
 * planner serves real decisions and what-if questions, and a cost-optimising engine can replace the simple rule.
 */
public interface SourcingPlanner {

    /**
     * The plan, with the part of its explanation that planning finds out anyway; the locations whose explanation
     * needs a search of its own are left {@link Explanation#unpriced unpriced}. What a decision needs.
     */
    Plan plan(SourcingProblem problem, Network network, RoutingPolicy policy);

    /**
     * The same plan as {@link #plan}, with its explanation complete: every location that survived pruning and was
     * not chosen priced (the best plan that uses it). For answers that show the explanation.
     */
    Plan explain(SourcingProblem problem, Network network, RoutingPolicy policy);
}
