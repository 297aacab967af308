package io.opendoms.routing.application;

import io.opendoms.routing.application.port.out.DecisionPort;
import io.opendoms.routing.application.port.out.SourcingRequestPort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ConfirmAllocationService implements ConfirmAllocationUseCase {

    private final DecisionPort decisions;
    private final SourcingRequestPort requests;
    private final SourcingDecider decider;

    ConfirmAllocationService(DecisionPort decisions, SourcingRequestPort requests, SourcingDecider decider) {
        this.decisions = decisions;
        this.requests = requests;
        this.decider = decider;
    }

    @Override
    @Transactional
    public void confirm(ConfirmAllocationCommand command) {
        requests.loadForUpdate(command.orderId()); // the order's decisions settle one at a time
        if (decisions.markAllocated(command.orderId(), command.decisionId())) {
            decisions.load(command.decisionId()).ifPresent(decider::settled);
        }
    }
}
