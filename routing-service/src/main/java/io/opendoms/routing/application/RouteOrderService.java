package io.opendoms.routing.application;

import io.opendoms.routing.application.port.out.SourcingRequestPort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RouteOrderService implements RouteOrderUseCase {

    private final SourcingRequestPort requests;
    private final SourcingDecider decider;

    RouteOrderService(SourcingRequestPort requests, SourcingDecider decider) {
        this.requests = requests;
        this.decider = decider;
    }

    @Override
    @Transactional
    public void route(RouteOrderCommand command) {
        // the same order re-published under a new event id must not get a second first decision
        if (requests.saveIfAbsent(command.request())) {
            decider.decideOrder(command.request());
        }
    }
}
