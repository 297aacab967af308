package io.opendoms.routing.application;

import io.opendoms.routing.engine.Plan;
import io.opendoms.routing.engine.SourcingProblem;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PlanSourcingService implements PlanSourcingUseCase {

    private final SourcingDecider decider;
    private final Clock clock;

    PlanSourcingService(SourcingDecider decider, Clock clock) {
        this.decider = decider;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Plan plan(PlanSourcingCommand command) {
        Instant at = command.at() == null ? clock.instant() : command.at();
        return decider.explain(SourcingProblem.of(command.lines(), command.deliveryMethod(), command.serviceLevel(),
                command.pickupLocationId(), command.channel(), decider.destinationOf(command.shipTo()), at));
    }
}
