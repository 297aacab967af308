package io.opendoms.routing.application;

import io.opendoms.routing.application.port.out.CapacityPort;
import io.opendoms.routing.domain.RoutingDecision;
import io.opendoms.routing.engine.Location;
import io.opendoms.routing.engine.Network;
import io.opendoms.routing.engine.OrderLine;
import io.opendoms.routing.engine.Shipment;
import io.opendoms.routing.engine.SourcingProblem;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The daily capacity already planned at the candidate locations of an order, and its counting: each shipment of a
 * decision takes one fulfillment of its location's ship date, and gives it back when it will not ship after all.
 *
 * <p>The engine reads the counts before it plans and a decision counts after, so two decisions planned at the same
 * moment may both take the last slot of a day: the limit holds for decisions made one after the other, and may be
 * exceeded by the number of concurrent decisions at worst.
 */
@Component
class DailyCapacity {

    /**
     * Ship dates read: from the day before {@code at} (time zones west of UTC) for five weeks, past the planner's
     * horizon of 20 business days after the first possible ship date.
     */
    private static final int DAYS_READ = 35;

    private final CapacityPort capacity;

    DailyCapacity(CapacityPort capacity) {
        this.capacity = capacity;
    }

    /**
     * The problem with the counts of its candidate locations that have a capacity (those holding its SKUs, its holds'
     * and its pickup location); as it is, without a query, when none has one.
     */
    SourcingProblem withUsed(SourcingProblem problem, Network snapshot) {
        Set<String> candidates = new TreeSet<>();
        for (OrderLine line : problem.lines()) {
            snapshot.holding(line.sku()).keySet().forEach(id -> addIfCapped(candidates, snapshot, id));
        }
        problem.holds().forEach(h -> addIfCapped(candidates, snapshot, h.locationId()));
        if (problem.pickupLocationId() != null) {
            addIfCapped(candidates, snapshot, problem.pickupLocationId());
        }
        if (candidates.isEmpty()) {
            return problem;
        }
        LocalDate from = problem.at().atOffset(ZoneOffset.UTC).toLocalDate().minusDays(1);
        return problem.withCapacityUsed(capacity.used(candidates, from, from.plusDays(DAYS_READ)));
    }

    /** Each shipment of the decision takes one fulfillment of its location's ship date. */
    void use(RoutingDecision decision) {
        for (Shipment s : decision.plan().shipments()) {
            if (s.shipDate() != null) {
                capacity.use(s.locationId(), s.shipDate());
            }
        }
    }

    /** The decision's shipments will not ship: their fulfillments are given back. */
    void release(RoutingDecision decision) {
        for (Shipment s : decision.plan().shipments()) {
            if (s.shipDate() != null) { // a stored plan always has one; a missing one must not fail the event
                capacity.release(s.locationId(), s.shipDate());
            }
        }
    }

    /** One shipment will not ship (its location rejected it): its fulfillment is given back. */
    void release(Shipment shipment) {
        if (shipment.shipDate() != null) {
            capacity.release(shipment.locationId(), shipment.shipDate());
        }
    }

    private static void addIfCapped(Set<String> candidates, Network snapshot, String locationId) {
        Location location = snapshot.locations().get(locationId);
        if (location != null && location.dailyCapacity() != null) {
            candidates.add(locationId);
        }
    }
}
