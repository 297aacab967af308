package io.opendoms.routing.application;

import io.opendoms.routing.application.port.out.DecisionPort;
import io.opendoms.routing.application.port.out.RoutingEventsPort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ConfirmAllocationService implements ConfirmAllocationUseCase {

    private final DecisionPort decisions;
    private final RoutingEventsPort events;

    ConfirmAllocationService(DecisionPort decisions, RoutingEventsPort events) {
        this.decisions = decisions;
        this.events = events;
    }

    @Override
    @Transactional
    public void confirm(ConfirmAllocationCommand command) {
        if (decisions.markAllocated(command.orderId(), command.decisionId())) {
            decisions.load(command.decisionId()).ifPresent(events::orderAllocated);
        }
    }
}
