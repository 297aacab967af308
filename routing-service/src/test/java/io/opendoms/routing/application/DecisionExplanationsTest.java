package io.opendoms.routing.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.routing.domain.DecisionTrigger;
import io.opendoms.routing.domain.RoutingDecision;
import io.opendoms.routing.engine.CandidateEvaluation;
import io.opendoms.routing.engine.CandidateOutcome;
import io.opendoms.routing.engine.CandidateReason;
import io.opendoms.routing.engine.DeliveryMethod;
import io.opendoms.routing.engine.Explanation;
import io.opendoms.routing.engine.OrderLine;
import io.opendoms.routing.engine.Plan;
import io.opendoms.routing.engine.Shipment;
import io.opendoms.routing.engine.ShipmentCost;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How a stored decision's unpriced locations are filled in from its replay (the replay itself: ReplayAndBacktestIT). */
class DecisionExplanationsTest {

    // explained(decision, replay) reads nothing: no port, planner or configuration needed
    private final DecisionExplanations explanations = new DecisionExplanations(null, null, null);

    private static final CandidateEvaluation EDISON_CHOSEN = new CandidateEvaluation("DC-EDISON",
            CandidateOutcome.CHOSEN, CandidateReason.LOWEST_COST, new BigDecimal("7.48"));
    private static final CandidateEvaluation STORE_NO_STOCK = new CandidateEvaluation("STORE-1",
            CandidateOutcome.REJECTED, CandidateReason.NO_STOCK, null);
    private static final CandidateEvaluation PHILADELPHIA_PRICED = new CandidateEvaluation("DC-PHL",
            CandidateOutcome.REJECTED, CandidateReason.MORE_EXPENSIVE, new BigDecimal("8.30"));

    @Test
    void fillsTheLocationsLeftToPriceFromTheReplayOfTheSamePlan() {
        RoutingDecision decision = decided(from("DC-EDISON"), new Explanation(List.of(EDISON_CHOSEN, STORE_NO_STOCK),
                List.of("DC-PHL")));
        Plan replayed = planFrom("DC-EDISON", new Explanation(List.of(PHILADELPHIA_PRICED, EDISON_CHOSEN)));

        RoutingDecision explained = explanations.explained(decision, Optional.of(replayed));

        assertThat(explained.plan().explanation()).isEqualTo(new Explanation(List.of(EDISON_CHOSEN,
                PHILADELPHIA_PRICED, STORE_NO_STOCK)));
        assertThat(explained.plan().shipments()).isEqualTo(decision.plan().shipments());
        assertThat(explained.decisionId()).isEqualTo(decision.decisionId());
    }

    @Test
    void aReplayThatShipsElsewhereLeavesThemRejectedWithoutACost() {
        RoutingDecision decision = decided(from("DC-EDISON"), new Explanation(List.of(EDISON_CHOSEN),
                List.of("DC-PHL")));
        Plan elsewhere = planFrom("DC-PHL", new Explanation(List.of(new CandidateEvaluation("DC-PHL",
                CandidateOutcome.CHOSEN, CandidateReason.LOWEST_COST, new BigDecimal("8.30")))));

        RoutingDecision explained = explanations.explained(decision, Optional.of(elsewhere));

        assertThat(explained.plan().explanation().candidates()).containsExactly(EDISON_CHOSEN,
                new CandidateEvaluation("DC-PHL", CandidateOutcome.REJECTED, CandidateReason.MORE_EXPENSIVE, null));
        assertThat(explanations.explained(decision, Optional.empty()).plan().explanation())
                .isEqualTo(explained.plan().explanation());
    }

    @Test
    void aCompleteExplanationIsAnsweredAsStored() {
        RoutingDecision decision = decided(from("DC-EDISON"), new Explanation(List.of(EDISON_CHOSEN)));

        assertThat(explanations.explained(decision, Optional.empty())).isSameAs(decision);
    }

    private static Shipment from(String locationId) {
        return new Shipment(null, locationId, DeliveryMethod.SHIP, List.of(new OrderLine("L1", "A", 1)), "PARCEL_B",
                "GROUND", 43.5, 1, new BigDecimal("0.5"), LocalDate.parse("2026-11-23"),
                LocalDate.parse("2026-11-24"), ShipmentCost.of(new BigDecimal("5.73"), new BigDecimal("1.75")),
                false);
    }

    private static Plan planFrom(String locationId, Explanation explanation) {
        return new Plan(List.of(from(locationId)), List.of(), new BigDecimal("7.48"), false, explanation);
    }

    private static RoutingDecision decided(Shipment shipment, Explanation explanation) {
        return RoutingDecision.decide(UUID.randomUUID(), UUID.randomUUID(), DecisionTrigger.ORDER_RECEIVED, 1,
                new Plan(List.of(shipment), List.of(), new BigDecimal("7.48"), false, explanation),
                Instant.parse("2026-11-23T15:00:00Z"));
    }
}
