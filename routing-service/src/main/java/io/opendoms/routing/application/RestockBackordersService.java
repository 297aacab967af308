package io.opendoms.routing.application;

import io.opendoms.routing.application.port.out.BackorderPort;
import io.opendoms.routing.application.port.out.SourcingRequestPort;
import io.opendoms.routing.application.port.out.UpdateNetworkViewPort;
import io.opendoms.routing.domain.DecisionTrigger;
import io.opendoms.routing.domain.SourcingRequest;
import io.opendoms.routing.engine.OrderLine;
import io.opendoms.routing.engine.Plan;
import io.opendoms.routing.engine.Shipment;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sources backordered line quantities again when stock of their SKU arrives in routing's view, oldest order first.
 * Run every few seconds on every instance: orders are taken one at a time under their lock, and an order another
 * instance has just looked at is not due any more. What a restock plan cannot source stays backordered (checked
 * now: only a later stock change makes it due again); what it can is set aside in the view, so that the next
 * order of the round does not count on the same units.
 */
@Service
public class RestockBackordersService {

    private static final Logger log = LoggerFactory.getLogger(RestockBackordersService.class);

    private final BackorderPort backorders;
    private final SourcingRequestPort requests;
    private final UpdateNetworkViewPort networkView;
    private final SourcingDecider decider;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RestockBackordersService(BackorderPort backorders, SourcingRequestPort requests, UpdateNetworkViewPort networkView,
                             SourcingDecider decider, TransactionTemplate transaction, Clock clock) {
        this.backorders = backorders;
        this.requests = requests;
        this.networkView = networkView;
        this.decider = decider;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Looks at up to {@code batch} due orders; the number that got a restock decision. */
    public int restockDue(int batch) {
        int decided = 0;
        for (UUID orderId : backorders.dueForRestock(batch)) {
            try {
                if (Boolean.TRUE.equals(transaction.execute(status -> restock(orderId)))) {
                    decided++;
                }
            } catch (RuntimeException e) {
                // one order that cannot be planned must not hold up the others; it is due again next round
                log.warn("Could not re-source the backorders of order {}", orderId, e);
            }
        }
        return decided;
    }

    private boolean restock(UUID orderId) {
        Optional<SourcingRequest> request = requests.loadForUpdate(orderId);
        if (request.isEmpty()) {
            return false;
        }
        List<OrderLine> due = backorders.restockable(orderId);
        if (due.isEmpty()) {
            return false; // another instance took it
        }
        backorders.markChecked(orderId, clock.instant());
        SourcingDecider.Planned planned = decider.plan(request.get(), due, Set.of());
        Plan plan = planned.plan();
        if (!plan.shipsAnything()) {
            return false;
        }
        // the decision sources what the plan ships; the rest stays backordered as it is
        List<OrderLine> plannedLines = plannedLines(plan);
        backorders.remove(orderId, plannedLines);
        for (Shipment s : plan.shipments()) {
            s.lines().forEach(l -> networkView.setAside(s.locationId(), l.sku(), l.quantity()));
        }
        decider.decide(request.get(), plannedLines, DecisionTrigger.RESTOCK, 1, new SourcingDecider.Planned(
                new Plan(plan.shipments(), List.of(), plan.totalCost(), plan.late(), plan.explanation()),
                planned.inputs()));
        return true;
    }

    private static List<OrderLine> plannedLines(Plan plan) {
        Map<String, OrderLine> byLine = new LinkedHashMap<>();
        for (Shipment s : plan.shipments()) {
            for (OrderLine l : s.lines()) {
                byLine.merge(l.lineId(), l, (a, b) -> new OrderLine(a.lineId(), a.sku(), a.quantity() + b.quantity()));
            }
        }
        return List.copyOf(byLine.values());
    }
}
