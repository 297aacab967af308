package io.opendoms.routing.application;

import io.opendoms.routing.application.port.out.DecisionPort;
import io.opendoms.routing.domain.RoutingDecision;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ListDecisionsService implements ListDecisionsUseCase {

    private final DecisionPort decisions;

    ListDecisionsService(DecisionPort decisions) {
        this.decisions = decisions;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RoutingDecision> list(UUID orderId) {
        return decisions.loadForOrder(orderId);
    }
}
