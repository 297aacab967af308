package io.opendoms.routing.domain;

import io.opendoms.routing.engine.DeliveryMethod;
import io.opendoms.routing.engine.Explanation;
import io.opendoms.routing.engine.OrderLine;
import io.opendoms.routing.engine.Plan;
import io.opendoms.routing.engine.Shipment;
import io.opendoms.routing.engine.ShipmentCost;
import io.opendoms.routing.engine.UnallocationReason;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoutingDecisionTest {

    private static final UUID DECISION = UUID.fromString("00000000-0000-0000-0000-00000000000d");

    @Test
    void aPlanWithShipmentsWaitsForItsReservationAndNumbersItsShipments() {
        Shipment s = new Shipment(null, "DC-1", DeliveryMethod.SHIP, List.of(new OrderLine("1", "A", 1)), "PARCEL_A",
                "GROUND", 10.0, 1, new BigDecimal("1.0"), LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-24"),
                ShipmentCost.of(new BigDecimal("6.25"), new BigDecimal("1.75")), false);
        Plan plan = new Plan(List.of(s, s), List.of(), new BigDecimal("16.00"), false, Explanation.none());

        RoutingDecision d = RoutingDecision.decide(DECISION, UUID.randomUUID(), DecisionTrigger.ORDER_RECEIVED, 1,
                plan, Instant.EPOCH);

        assertThat(d.status()).isEqualTo(DecisionStatus.RESERVING);
        assertThat(d.plan().shipments()).extracting(Shipment::shipmentId)
                .containsExactly(DECISION + "-1", DECISION + "-2");
    }

    @Test
    void aPlanWithoutShipmentsIsSettledAtOnce() {
        Plan nothing = Plan.nothing(List.of(new OrderLine("1", "A", 1)), UnallocationReason.NO_STOCK,
                Explanation.none());

        RoutingDecision d = RoutingDecision.decide(DECISION, UUID.randomUUID(), DecisionTrigger.RESERVATION_FAILED, 4,
                nothing, Instant.EPOCH);

        assertThat(d.status()).isEqualTo(DecisionStatus.ALLOCATED);
        assertThat(d.isSettled()).isTrue();
    }
}
