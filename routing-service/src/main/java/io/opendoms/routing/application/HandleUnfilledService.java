package io.opendoms.routing.application;

import io.opendoms.routing.application.port.out.DecisionPort;
import io.opendoms.routing.application.port.out.ExclusionPort;
import io.opendoms.routing.domain.RoutingDecision;
import io.opendoms.routing.application.port.out.SourcingRequestPort;
import io.opendoms.routing.domain.DecisionTrigger;
import io.opendoms.routing.domain.SourcingRequest;
import io.opendoms.routing.engine.OrderLine;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class HandleUnfilledService implements HandleUnfilledUseCase {

    private static final Logger log = LoggerFactory.getLogger(HandleUnfilledService.class);

    private final SourcingRequestPort requests;
    private final ExclusionPort exclusions;
    private final SourcingDecider decider;
    private final Clock clock;
    private final DecisionPort decisions;
    private final DailyCapacity capacity;

    HandleUnfilledService(SourcingRequestPort requests, ExclusionPort exclusions, SourcingDecider decider,
                          Clock clock, DecisionPort decisions, DailyCapacity capacity) {
        this.decisions = decisions;
        this.capacity = capacity;
        this.requests = requests;
        this.exclusions = exclusions;
        this.decider = decider;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void handle(HandleUnfilledCommand command) {
        Optional<SourcingRequest> request = requests.loadForUpdate(command.orderId());
        if (request.isEmpty()) {
            // routing never sourced this order (its fulfillment came from elsewhere): nothing to re-source
            log.warn("Units of order {} handed back by {} ({}), but routing has no request for that order",
                    command.orderId(), command.locationId(), command.reason());
            return;
        }
        if ("REJECTED".equals(command.reason())) {
            // the location will not ship that fulfillment at all: its day's slot is free again (the latest
            // settled shipment of the order there is the one it rejected)
            decisions.loadForOrder(command.orderId()).reversed().stream()
                    .filter(RoutingDecision::isSettled)
                    .flatMap(d -> d.plan().shipments().stream())
                    .filter(s -> s.locationId().equals(command.locationId()))
                    .findFirst().ifPresent(capacity::release);
        }
        List<OrderLine> scope = command.lines().stream().filter(l -> l.quantity() > 0).toList();
        exclusions.exclude(command.orderId(), command.locationId(), scope.stream().map(OrderLine::lineId).toList(),
                command.reason(), clock.instant());
        if (!scope.isEmpty()) {
            decider.decide(request.get(), scope, DecisionTrigger.ofUnfilled(command.reason()), 1, Set.of());
        }
    }
}
