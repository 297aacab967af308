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
    private final DecisionExplanations explanations;

    ListDecisionsService(DecisionPort decisions, DecisionExplanations explanations) {
        this.decisions = decisions;
        this.explanations = explanations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RoutingDecision> list(UUID orderId) {
        // each explanation is priced here, on read: the decision path stored it without prices (ADR 0012)
        return decisions.loadForOrder(orderId).stream().map(explanations::explained).toList();
    }
}
