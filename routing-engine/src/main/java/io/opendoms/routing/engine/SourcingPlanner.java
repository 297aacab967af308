package io.opendoms.routing.engine;

/**
 * Decides which locations ship which lines with which carrier service. Pure and side-effect free, so the same
 * planner serves real decisions and what-if questions, and a cost-optimising engine can replace the simple rule.
 */
public interface SourcingPlanner {

    Plan plan(SourcingProblem problem, Network network, RoutingPolicy policy);
}
