package io.opendoms.routing.application;

import io.opendoms.routing.engine.Plan;

public interface PlanSourcingUseCase {

    /** What-if: the plan the order would get now (or as of {@code at}); nothing is stored or published. */
    Plan plan(PlanSourcingCommand command);
}
