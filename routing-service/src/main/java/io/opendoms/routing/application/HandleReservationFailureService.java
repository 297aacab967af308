package io.opendoms.routing.application;

import io.opendoms.routing.application.port.out.DecisionPort;
import io.opendoms.routing.application.port.out.SourcingRequestPort;
import io.opendoms.routing.application.port.out.UpdateNetworkViewPort;
import io.opendoms.routing.domain.DecisionTrigger;
import io.opendoms.routing.domain.RoutingDecision;
import io.opendoms.routing.domain.Shortage;
import io.opendoms.routing.domain.SourcingRequest;
import io.opendoms.routing.engine.StockKey;
import io.opendoms.routing.engine.OrderLine;
import java.util.List;
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
    private final OrderCancellations cancellations;
    private final DailyCapacity capacity;

    HandleReservationFailureService(DecisionPort decisions, SourcingRequestPort requests,
                                    UpdateNetworkViewPort networkView, SourcingDecider decider,
                                    OrderCancellations cancellations, DailyCapacity capacity) {
        this.cancellations = cancellations;
        this.capacity = capacity;
        this.decisions = decisions;
        this.requests = requests;
        this.networkView = networkView;
        this.decider = decider;
    }

    @Override
    @Transactional
    public void handle(HandleReservationFailureCommand command) {
        SourcingRequest request = requests.loadForUpdate(command.orderId()).orElseThrow(() ->
                new IllegalStateException("No sourcing request stored for order " + command.orderId()));
        if (!decisions.markReservationFailed(command.orderId(), command.decisionId(), command.shortages())) {
            return; // not reserving any more: this failure was handled already
        }
        for (Shortage s : command.shortages()) {
            networkView.saveAvailable(s.locationId(), s.sku(), s.available());
        }
        RoutingDecision failed = decisions.load(command.decisionId()).orElseThrow();
        capacity.release(failed); // nothing of it ships: its fulfillments are free for the next plan
        // units cancelled meanwhile come out of the scope first: they were never sourced
        List<OrderLine> scope = cancellations.trim(command.orderId(), failed.scopeOr(request.lines()));
        if (scope.isEmpty()) {
            cancellations.applyIfSettled(command.orderId());
            return;
        }
        if (failed.tries() >= RoutingDecision.MAX_ATTEMPTS) {
            decider.giveUp(request, scope, DecisionTrigger.RESERVATION_FAILED, failed.tries() + 1);
            return;
        }
        // the view may still lag behind inventory: never retry what already failed for this order
        Set<StockKey> excluded = decisions.loadForOrder(command.orderId()).stream()
                .flatMap(d -> d.shortages().stream())
                .map(Shortage::key)
                .collect(Collectors.toSet());
        decider.decide(request, scope, DecisionTrigger.RESERVATION_FAILED, failed.tries() + 1, excluded);
    }
}
