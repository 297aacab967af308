package io.opendoms.routing.domain;

import io.opendoms.routing.engine.OrderLine;
import io.opendoms.routing.engine.Plan;
import io.opendoms.routing.engine.Shipment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Whether two plans ship the same: shipment ids (numbered per decision) and explanations aside. */
public final class PlanComparison {

    private record Essence(String locationId, List<OrderLine> lines, String carrier, String service,
                           LocalDate shipDate, LocalDate promisedDeliveryDate, BigDecimal cost, boolean late) {
    }

    public static boolean samePlan(Plan a, Plan b) {
        return a.totalCost().compareTo(b.totalCost()) == 0 && essence(a).equals(essence(b));
    }

    private static List<Essence> essence(Plan plan) {
        return plan.shipments().stream()
                .map(s -> new Essence(s.locationId(), s.lines().stream()
                        .sorted(Comparator.comparing(OrderLine::lineId)).toList(), s.carrier(), s.service(),
                        s.shipDate(), s.promisedDeliveryDate(), s.cost().total().stripTrailingZeros(), s.late()))
                .sorted(Comparator.comparing(Essence::locationId))
                .toList();
    }

    private PlanComparison() {
    }
}
