package io.opendoms.routing.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.routing.engine.CandidateEvaluation;
import io.opendoms.routing.engine.CandidateOutcome;
import io.opendoms.routing.engine.CandidateReason;
import io.opendoms.routing.domain.DecisionStatus;
import io.opendoms.routing.domain.DecisionTrigger;
import io.opendoms.routing.engine.DeliveryMethod;
import io.opendoms.routing.engine.Explanation;
import io.opendoms.routing.engine.OrderLine;
import io.opendoms.routing.engine.Plan;
import io.opendoms.routing.domain.RoutingDecision;
import io.opendoms.routing.engine.Shipment;
import io.opendoms.routing.engine.ShipmentCost;
import io.opendoms.routing.domain.Shortage;
import io.opendoms.routing.engine.UnallocatedLine;
import io.opendoms.routing.engine.UnallocationReason;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DecisionJpaMapperTest {

    private final DecisionJpaMapper mapper = new DecisionJpaMapperImpl();

    @Test
    void aDecisionSurvivesTheRoundTripThroughItsRow() {
        Shipment pickup = new Shipment("d-1", "STORE-1", DeliveryMethod.PICKUP, List.of(new OrderLine("1", "A", 2)),
                null, null, null, null, null, LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-23"),
                ShipmentCost.of(new BigDecimal("0.00"), new BigDecimal("4.20")), false);
        Plan plan = new Plan(List.of(pickup), List.of(new UnallocatedLine("2", "B", 1, UnallocationReason.NO_STOCK)),
                new BigDecimal("4.20"), false, new Explanation(List.of(new CandidateEvaluation("STORE-1",
                CandidateOutcome.CHOSEN, CandidateReason.PICKUP_LOCATION, new BigDecimal("4.20")))));
        RoutingDecision decision = new RoutingDecision(UUID.randomUUID(), UUID.randomUUID(),
                DecisionTrigger.RESERVATION_FAILED, 2, DecisionStatus.RESERVATION_FAILED, plan,
                Instant.parse("2026-11-23T15:00:00Z"), List.of(new Shortage("STORE-1", "A", 2, 1)),
                List.of(new OrderLine("1", "A", 2), new OrderLine("2", "B", 1)), 2);

        RoutingDecisionJpaEntity row = mapper.toEntity(decision);

        assertThat(row.getStatus()).isEqualTo("RESERVATION_FAILED");
        assertThat(row.getScope()).contains("\"lineId\":\"2\"");
        assertThat(row.getTries()).isEqualTo(2);
        assertThat(mapper.toDomain(row)).isEqualTo(decision);
    }

    @Test
    void aPlanWithoutShipmentsKeepsEmptyLists() {
        Plan nothing = Plan.nothing(List.of(new OrderLine("1", "A", 1)), UnallocationReason.UNKNOWN_DESTINATION,
                Explanation.none());
        RoutingDecision decision = RoutingDecision.decide(UUID.randomUUID(), UUID.randomUUID(),
                DecisionTrigger.ORDER_RECEIVED, 1, nothing, Instant.EPOCH);

        RoutingDecisionJpaEntity row = mapper.toEntity(decision);

        assertThat(row.getPlan()).contains("\"shipments\":[]");
        assertThat(row.getShortages()).isEqualTo("[]");
        assertThat(row.getScope()).as("the whole order").isNull();
        assertThat(mapper.toDomain(row)).isEqualTo(decision);
    }

    @Test
    void theLocationsADecisionLeftToPriceAreStoredWithIt() {
        Plan plan = new Plan(List.of(), List.of(), BigDecimal.ZERO, false, new Explanation(List.of(
                new CandidateEvaluation("DC-A", CandidateOutcome.REJECTED, CandidateReason.DOMINATED, null)),
                List.of("DC-B", "DC-C")));
        RoutingDecision decision = RoutingDecision.decide(UUID.randomUUID(), UUID.randomUUID(),
                DecisionTrigger.ORDER_RECEIVED, 1, plan, Instant.EPOCH);

        RoutingDecisionJpaEntity row = mapper.toEntity(decision);

        assertThat(row.getPlan()).contains("\"unpriced\":[\"DC-B\",\"DC-C\"]");
        assertThat(mapper.toDomain(row)).isEqualTo(decision);
        assertThat(mapper.toDomain(row).plan().explanation().complete()).isFalse();
    }

    @Test
    void aPlanStoredBeforeExplanationsWerePricedOnReadHasItsExplanationComplete() {
        RoutingDecision decision = RoutingDecision.decide(UUID.randomUUID(), UUID.randomUUID(),
                DecisionTrigger.ORDER_RECEIVED, 1, Plan.nothing(List.of(), UnallocationReason.NO_STOCK,
                        Explanation.none()), Instant.EPOCH);
        RoutingDecisionJpaEntity row = mapper.toEntity(decision);
        row.setPlan("""
                {"shipments": [], "unallocated": [], "totalCost": 7.70, "late": false, "explanation": {"candidates": [
                 {"locationId": "DC-A", "outcome": "CHOSEN", "reason": "LOWEST_COST", "cost": 7.70},
                 {"locationId": "DC-B", "outcome": "REJECTED", "reason": "MORE_EXPENSIVE", "cost": 9.55}]}}""");

        Explanation read = mapper.toDomain(row).plan().explanation();

        assertThat(read.complete()).isTrue();
        assertThat(read.candidates()).extracting(CandidateEvaluation::reason)
                .containsExactly(CandidateReason.LOWEST_COST, CandidateReason.MORE_EXPENSIVE);
    }
}
