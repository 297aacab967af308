package io.opendoms.routing.application;

import io.opendoms.routing.application.port.out.DecisionPort;
import io.opendoms.routing.application.port.out.SourcingRequestPort;
import io.opendoms.routing.application.port.out.UpdateNetworkViewPort;
import io.opendoms.routing.domain.DecisionTrigger;
import io.opendoms.routing.domain.RoutingDecision;
import io.opendoms.routing.domain.Shortage;
import io.opendoms.routing.domain.SourcingRequest;
import io.opendoms.routing.engine.StockKey;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class HandleReservationFailureService implements HandleReservationFailureUseCase {

    private final DecisionPort decisions;
    private final SourcingRequestPort requests;
    private final UpdateNetworkViewPort networkView;
    private final SourcingDecider decider;
    private final DailyCapacity capacity;

    HandleReservationFailureService(DecisionPort decisions, SourcingRequestPort requests,
                                    UpdateNetworkViewPort networkView, SourcingDecider decider,
                                    DailyCapacity capacity) {
        this.capacity = capacity;
        this.decisions = decisions;
        this.requests = requests;
        this.networkView = networkView;
        this.decider = decider;
    }

    @Override
    @Transactional
    public void handle(HandleReservationFailureCommand command) {
        if (!decisions.markReservationFailed(command.orderId(), command.decisionId(), command.shortages())) {
            return; // not the current decision any more
        }
        for (Shortage s : command.shortages()) {
            networkView.saveAvailable(s.locationId(), s.sku(), s.available());
        }
        RoutingDecision failed = decisions.load(command.decisionId()).orElseThrow();
        capacity.release(failed); // nothing of it ships: its fulfillments are free for the next plan
        SourcingRequest request = requests.load(command.orderId()).orElseThrow(() ->
                new IllegalStateException("No sourcing request stored for order " + command.orderId()));
        int attempt = failed.attempt() + 1;
        if (failed.attempt() >= RoutingDecision.MAX_ATTEMPTS) {
            decider.giveUp(request, DecisionTrigger.RESERVATION_FAILED, attempt);
            return;
        }
        // the view may still lag behind inventory: never retry what already failed for this order
        Set<StockKey> excluded = decisions.loadForOrder(command.orderId()).stream()
                .flatMap(d -> d.shortages().stream())
                .map(Shortage::key)
                .collect(Collectors.toSet());
        decider.decide(request, DecisionTrigger.RESERVATION_FAILED, attempt, excluded);
    }
}
