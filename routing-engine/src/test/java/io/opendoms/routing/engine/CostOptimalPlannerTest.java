package io.opendoms.routing.engine;

import static io.opendoms.routing.engine.NetworkFixture.MONDAY_MORNING;
import static io.opendoms.routing.engine.NetworkFixture.aNetwork;
import static io.opendoms.routing.engine.NetworkFixture.chicagoDc;
import static io.opendoms.routing.engine.NetworkFixture.edisonDc;
import static io.opendoms.routing.engine.NetworkFixture.inactive;
import static io.opendoms.routing.engine.NetworkFixture.line;
import static io.opendoms.routing.engine.NetworkFixture.midtownStore;
import static io.opendoms.routing.engine.NetworkFixture.philadelphiaDc;
import static io.opendoms.routing.engine.NetworkFixture.pickup;
import static io.opendoms.routing.engine.NetworkFixture.ship;
import static io.opendoms.routing.engine.NetworkFixture.withCapabilities;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Examples computed by hand from the routing spec's default tables. */
class CostOptimalPlannerTest {

    private final SourcingPlanner planner = new CostOptimalPlanner();
    private final RoutingPolicy policy = RoutingPolicy.defaults();

    static RoutingPolicy noLineSplit() {
        RoutingPolicy d = RoutingPolicy.defaults();
        return new RoutingPolicy(d.zonesKm(), d.services(), d.handling(), d.serviceLevelDays(), d.splitPenalty(),
                d.maxShipments(), false, d.latePenaltyPerDay(), d.defaultTimeZone(), d.channelRules());
    }

    @Test
    void theCheapestLocationWithEveryLineShipsTheWholeOrder() {
        Network network = aNetwork().item("A", "1.0").item("B", "1.0")
                .stock(philadelphiaDc(), "A", 5).stock(philadelphiaDc(), "B", 5)
                .stock(edisonDc(), "A", 5).stock(edisonDc(), "B", 5)
                .stock(chicagoDc(), "A", 5).stock(chicagoDc(), "B", 5)
                .build();

        Plan plan = planner.explain(ship(ServiceLevel.STANDARD, MONDAY_MORNING, line("1", "A", 2), line("2", "B", 1)),
                network, policy);

        assertThat(plan.shipments()).singleElement().satisfies(s -> {
            assertThat(s.locationId()).isEqualTo("DC-EDISON");
            assertThat(s.fulfillmentType()).isEqualTo(DeliveryMethod.SHIP);
            assertThat(s.lines()).extracting(OrderLine::lineId).containsExactly("1", "2");
            assertThat(s.distanceKm()).isEqualTo(43.5);
        });
        assertThat(plan.unallocated()).isEmpty();
        // zone 1, 3 kg: PARCEL_B 5.50 + 0.45 × 3 = 6.85; handling 1.50 + 0.25 × 3 = 2.25
        assertThat(plan.totalCost()).isEqualTo(new BigDecimal("9.10"));
        assertThat(plan.explanation().candidates())
                .extracting(CandidateEvaluation::locationId, CandidateEvaluation::outcome, CandidateEvaluation::reason)
                .containsExactly(
                        tuple("DC-CHI", CandidateOutcome.REJECTED, CandidateReason.MORE_EXPENSIVE),
                        tuple("DC-EDISON", CandidateOutcome.CHOSEN, CandidateReason.LOWEST_COST),
                        tuple("DC-PHL", CandidateOutcome.REJECTED, CandidateReason.MORE_EXPENSIVE));
        assertThat(plan.explanation().candidates()).allSatisfy(c -> assertThat(c.cost()).isNotNull());
    }

    @Test
    void aDecisionLeavesTheLocationsItWouldHaveToSearchAgainToPriceOnDemand() {
        Network network = aNetwork().item("A", "1.0").item("B", "1.0")
                .stock(philadelphiaDc(), "A", 5).stock(philadelphiaDc(), "B", 5)
                .stock(edisonDc(), "A", 5).stock(edisonDc(), "B", 5)
                .stock(chicagoDc(), "A", 5).stock(chicagoDc(), "B", 5)
                .build();
        SourcingProblem order = ship(ServiceLevel.STANDARD, MONDAY_MORNING, line("1", "A", 2), line("2", "B", 1));

        Plan decided = planner.plan(order, network, policy);
        Plan explained = planner.explain(order, network, policy);

        assertThat(decided.shipments()).isEqualTo(explained.shipments());
        assertThat(decided.totalCost()).isEqualTo(explained.totalCost());
        assertThat(decided.explanation().complete()).isFalse();
        assertThat(decided.explanation().unpriced()).containsExactly("DC-CHI", "DC-PHL");
        assertThat(decided.explanation().candidates())
                .extracting(CandidateEvaluation::locationId, CandidateEvaluation::reason)
                .containsExactly(tuple("DC-EDISON", CandidateReason.LOWEST_COST));
        assertThat(explained.explanation().complete()).isTrue();
        assertThat(explained.explanation().candidates())
                .extracting(CandidateEvaluation::locationId, CandidateEvaluation::reason)
                .containsExactly(tuple("DC-CHI", CandidateReason.MORE_EXPENSIVE),
                        tuple("DC-EDISON", CandidateReason.LOWEST_COST),
                        tuple("DC-PHL", CandidateReason.MORE_EXPENSIVE));
    }

    @Test
    void aCompleteLocationFartherAwayBeatsSplittingWithANearerOne() {
        Network network = aNetwork().item("A", "1.0").item("B", "1.0")
                .stock(edisonDc(), "A", 5)
                .stock(chicagoDc(), "A", 5).stock(chicagoDc(), "B", 5)
                .build();

        Plan plan = planner.plan(ship(ServiceLevel.STANDARD, MONDAY_MORNING, line("1", "A", 1), line("2", "B", 1)),
                network, policy);

        assertThat(plan.shipments()).extracting(Shipment::locationId).containsExactly("DC-CHI");
    }

    @Test
    void splitsLineByLineWhenNoLocationHasEverything() {
        Network network = aNetwork().item("A", "1.0").item("B", "1.0")
                .stock(philadelphiaDc(), "B", 5)
                .stock(edisonDc(), "A", 5)
                .stock(chicagoDc(), "A", 5).stock(chicagoDc(), "B", 1)
                .build();

        Plan plan = planner.explain(ship(ServiceLevel.STANDARD, MONDAY_MORNING, line("1", "A", 1), line("2", "B", 2)),
                network, policy);

        assertThat(plan.shipments())
                .extracting(Shipment::locationId, s -> s.lines().stream().map(OrderLine::lineId).toList())
                .containsExactly(tuple("DC-EDISON", List.of("1")), tuple("DC-PHL", List.of("2")));
        assertThat(plan.unallocated()).isEmpty();
        assertThat(plan.totalCost()).isEqualTo(plan.shipments().get(0).cost().total()
                .add(plan.shipments().get(1).cost().total()));
        assertThat(plan.explanation().candidates())
                .extracting(CandidateEvaluation::locationId, CandidateEvaluation::reason)
                .containsExactly(
                        tuple("DC-CHI", CandidateReason.MORE_EXPENSIVE),
                        tuple("DC-EDISON", CandidateReason.LOWEST_COST),
                        tuple("DC-PHL", CandidateReason.LOWEST_COST));
    }

    @Test
    void groupsLinesOfOneLocationIntoOneShipment() {
        Network network = aNetwork().item("A", "1.0").item("B", "1.0").item("C", "1.0")
                .stock(edisonDc(), "A", 5).stock(edisonDc(), "C", 5)
                .stock(philadelphiaDc(), "B", 5)
                .build();

        Plan plan = planner.plan(ship(ServiceLevel.STANDARD, MONDAY_MORNING,
                line("1", "A", 1), line("2", "B", 1), line("3", "C", 1)), network, policy);

        assertThat(plan.shipments())
                .extracting(Shipment::locationId, s -> s.lines().stream().map(OrderLine::lineId).toList())
                .containsExactly(tuple("DC-EDISON", List.of("1", "3")), tuple("DC-PHL", List.of("2")));
    }

    @Test
    void leavesALineUnallocatedWhenNoLocationHasItsFullQuantityAndLinesMayNotSplit() {
        Network network = aNetwork().item("A", "1.0").item("B", "1.0")
                .stock(edisonDc(), "A", 5).stock(edisonDc(), "B", 3)
                .stock(philadelphiaDc(), "B", 4)
                .build();

        Plan plan = planner.plan(ship(ServiceLevel.STANDARD, MONDAY_MORNING, line("1", "A", 1), line("2", "B", 5)),
                network, noLineSplit());

        assertThat(plan.shipments()).extracting(Shipment::locationId).containsExactly("DC-EDISON");
        assertThat(plan.unallocated()).containsExactly(
                new UnallocatedLine("2", "B", 5, UnallocationReason.NO_STOCK));
    }

    @Test
    void splitsALineAcrossLocationsWhenNoneHasItAll() {
        Network network = aNetwork().item("A", "1.0").item("B", "1.0")
                .stock(edisonDc(), "A", 5).stock(edisonDc(), "B", 3)
                .stock(philadelphiaDc(), "B", 4)
                .build();

        Plan plan = planner.plan(ship(ServiceLevel.STANDARD, MONDAY_MORNING, line("1", "A", 1), line("2", "B", 5)),
                network, policy);

        // Edison ships all it has (A×1, B×3, 4 kg), Philadelphia the other 2 B
        assertThat(plan.shipments()).extracting(Shipment::locationId, s -> s.lines())
                .containsExactly(
                        tuple("DC-EDISON", List.of(line("1", "A", 1), line("2", "B", 3))),
                        tuple("DC-PHL", List.of(line("2", "B", 2))));
        assertThat(plan.unallocated()).isEmpty();
    }

    @Test
    void allocatesWhatItCanAndListsTheRestAsNoStock() {
        Network network = aNetwork().item("A", "1.0").stock(edisonDc(), "A", 3).build();

        Plan plan = planner.plan(ship(ServiceLevel.STANDARD, MONDAY_MORNING, line("1", "A", 5)), network, policy);

        assertThat(plan.shipments()).singleElement().satisfies(s ->
                assertThat(s.lines()).containsExactly(line("1", "A", 3)));
        assertThat(plan.unallocated()).containsExactly(new UnallocatedLine("1", "A", 2, UnallocationReason.NO_STOCK));
    }

    @Test
    void dcOnlyItemsNeverShipFromAStore() {
        Network network = aNetwork().dcOnlyItem("TV", "12.0")
                .stock(midtownStore(), "TV", 5)
                .stock(philadelphiaDc(), "TV", 5)
                .build();

        Plan plan = planner.plan(ship(ServiceLevel.STANDARD, MONDAY_MORNING, line("1", "TV", 1)), network, policy);

        assertThat(plan.shipments()).extracting(Shipment::locationId).containsExactly("DC-PHL");
        assertThat(plan.explanation().candidates())
                .filteredOn(c -> c.locationId().equals("STORE-MIDTOWN"))
                .extracting(CandidateEvaluation::reason).containsExactly(CandidateReason.DC_ONLY_ITEM);
    }

    @Test
    void inactiveLocationsAndLocationsThatCannotShipAreNotCandidates() {
        Network network = aNetwork().item("A", "1.0")
                .stock(inactive(edisonDc()), "A", 5)
                .stock(withCapabilities(midtownStore(), EnumSet.of(Capability.PICKUP)), "A", 5)
                .stock(chicagoDc(), "A", 5)
                .build();

        Plan plan = planner.plan(ship(ServiceLevel.STANDARD, MONDAY_MORNING, line("1", "A", 1)), network, policy);

        assertThat(plan.shipments()).extracting(Shipment::locationId).containsExactly("DC-CHI");
        assertThat(plan.explanation().candidates())
                .extracting(CandidateEvaluation::locationId, CandidateEvaluation::outcome, CandidateEvaluation::reason)
                .containsExactly(
                        tuple("DC-CHI", CandidateOutcome.CHOSEN, CandidateReason.LOWEST_COST),
                        tuple("DC-EDISON", CandidateOutcome.REJECTED, CandidateReason.INACTIVE),
                        tuple("STORE-MIDTOWN", CandidateOutcome.REJECTED, CandidateReason.NOT_CAPABLE));
    }

    @Test
    void skipsLocationsExcludedForTheLine() {
        Network network = aNetwork().item("A", "1.0")
                .stock(edisonDc(), "A", 5)
                .stock(philadelphiaDc(), "A", 5)
                .build();
        SourcingProblem p = ship(ServiceLevel.STANDARD, MONDAY_MORNING, line("1", "A", 1));
        SourcingProblem excludingEdison = p.withExcluded(Set.of(new SourcingProblem.Exclusion("DC-EDISON", "1")));

        Plan plan = planner.plan(excludingEdison, network, policy);

        assertThat(plan.shipments()).extracting(Shipment::locationId).containsExactly("DC-PHL");
    }

    @Test
    void channelRulesLimitTheLocationTypes() {
        RoutingPolicy d = RoutingPolicy.defaults();
        RoutingPolicy dcOnlyStorefront = new RoutingPolicy(d.zonesKm(), d.services(), d.handling(),
                d.serviceLevelDays(), d.splitPenalty(), d.maxShipments(), d.allowLineSplit(), d.latePenaltyPerDay(),
                d.defaultTimeZone(), Map.of("storefront",
                        new RoutingPolicy.ChannelRule(Set.of(LocationType.DISTRIBUTION_CENTER))));
        Network network = aNetwork().item("A", "1.0")
                .stock(midtownStore(), "A", 5)
                .stock(chicagoDc(), "A", 5)
                .build();

        Plan plan = planner.plan(ship(ServiceLevel.STANDARD, MONDAY_MORNING, line("1", "A", 1)), network,
                dcOnlyStorefront);

        assertThat(plan.shipments()).extracting(Shipment::locationId).containsExactly("DC-CHI");
        assertThat(plan.explanation().candidates())
                .filteredOn(c -> c.locationId().equals("STORE-MIDTOWN"))
                .extracting(CandidateEvaluation::reason).containsExactly(CandidateReason.EXCLUDED_BY_RULE);
    }

    @Test
    void anUnknownDestinationLeavesEveryLineUnallocated() {
        Network network = aNetwork().item("A", "1.0").stock(edisonDc(), "A", 5).build();
        SourcingProblem p = ship(ServiceLevel.STANDARD, MONDAY_MORNING, line("1", "A", 1), line("2", "A", 1));
        SourcingProblem nowhere = SourcingProblem.of(p.lines(), p.deliveryMethod(), p.serviceLevel(), null,
                p.channel(), null, p.at());

        Plan plan = planner.plan(nowhere, network, policy);

        assertThat(plan.shipments()).isEmpty();
        assertThat(plan.unallocated()).containsExactly(
                new UnallocatedLine("1", "A", 1, UnallocationReason.UNKNOWN_DESTINATION),
                new UnallocatedLine("2", "A", 1, UnallocationReason.UNKNOWN_DESTINATION));
    }

    @Test
    void nothingInStockAnywhereLeavesEverythingUnallocated() {
        Network network = aNetwork().item("A", "1.0").stock(edisonDc(), "A", 0).build();

        Plan plan = planner.plan(ship(ServiceLevel.STANDARD, MONDAY_MORNING, line("1", "A", 1)), network, policy);

        assertThat(plan.shipsAnything()).isFalse();
        assertThat(plan.totalCost()).isEqualByComparingTo("0");
        assertThat(plan.unallocated()).extracting(UnallocatedLine::reason).containsExactly(UnallocationReason.NO_STOCK);
        assertThat(plan.explanation().candidates()).extracting(CandidateEvaluation::reason)
                .containsExactly(CandidateReason.NO_STOCK);
    }

    @Test
    void pickupOrdersComeFromThePickupLocationOnly() {
        Network network = aNetwork().item("A", "1.0").item("B", "1.0")
                .stock(midtownStore(), "A", 5).stock(midtownStore(), "B", 1)
                .stock(edisonDc(), "A", 5).stock(edisonDc(), "B", 5)
                .build();

        Plan plan = planner.plan(pickup(DeliveryMethod.PICKUP, "STORE-MIDTOWN", line("1", "A", 2), line("2", "B", 2)),
                network, policy);

        assertThat(plan.shipments()).singleElement().satisfies(s -> {
            assertThat(s.locationId()).isEqualTo("STORE-MIDTOWN");
            assertThat(s.fulfillmentType()).isEqualTo(DeliveryMethod.PICKUP);
            assertThat(s.lines()).extracting(OrderLine::lineId).containsExactly("1");
            assertThat(s.carrier()).isNull();
            // ready the same day: 10:00 in New York, before the store's 18:00 cut-off
            assertThat(s.shipDate()).isEqualTo(LocalDate.parse("2026-11-23"));
            assertThat(s.promisedDeliveryDate()).isEqualTo(LocalDate.parse("2026-11-23"));
            // handling only: 3.00 + 0.60 × 2
            assertThat(s.cost()).isEqualTo(new ShipmentCost(new BigDecimal("0.00"), new BigDecimal("4.20"),
                    new BigDecimal("4.20")));
        });
        assertThat(plan.unallocated()).containsExactly(new UnallocatedLine("2", "B", 2, UnallocationReason.NO_STOCK));
        assertThat(plan.late()).isFalse();
    }

    @Test
    void curbsideNeedsTheCurbsideCapability() {
        Network network = aNetwork().item("A", "1.0")
                .stock(withCapabilities(midtownStore(), EnumSet.of(Capability.SHIP, Capability.PICKUP)), "A", 5)
                .build();

        Plan plan = planner.plan(pickup(DeliveryMethod.CURBSIDE, "STORE-MIDTOWN", line("1", "A", 1)), network,
                policy);

        assertThat(plan.shipments()).isEmpty();
        assertThat(plan.unallocated()).extracting(UnallocatedLine::reason)
                .containsExactly(UnallocationReason.PICKUP_LOCATION_UNAVAILABLE);
        assertThat(plan.explanation().candidates()).extracting(CandidateEvaluation::reason)
                .containsExactly(CandidateReason.NOT_CAPABLE);
    }

    @Test
    void anInactiveOrUnknownPickupLocationSourcesNothing() {
        Network network = aNetwork().item("A", "1.0").stock(inactive(midtownStore()), "A", 5).build();

        Plan inactivePlan = planner.plan(pickup(DeliveryMethod.PICKUP, "STORE-MIDTOWN", line("1", "A", 1)), network,
                policy);
        Plan unknownPlan = planner.plan(pickup(DeliveryMethod.PICKUP, "STORE-NOWHERE", line("1", "A", 1)), network,
                policy);

        assertThat(inactivePlan.unallocated()).extracting(UnallocatedLine::reason)
                .containsExactly(UnallocationReason.PICKUP_LOCATION_UNAVAILABLE);
        assertThat(inactivePlan.explanation().candidates()).extracting(CandidateEvaluation::reason)
                .containsExactly(CandidateReason.INACTIVE);
        assertThat(unknownPlan.unallocated()).extracting(UnallocatedLine::reason)
                .containsExactly(UnallocationReason.PICKUP_LOCATION_UNAVAILABLE);
        assertThat(unknownPlan.explanation().candidates()).extracting(CandidateEvaluation::reason)
                .containsExactly(CandidateReason.UNKNOWN_LOCATION);
    }

    @Test
    void marksThePlanLateAndPenalisesItWhenNoServiceMeetsTheDeadline() {
        // same day from a DC 1144 km away: AIR_X arrives the next business day at best
        Network network = aNetwork().item("A", "1.0").stock(chicagoDc(), "A", 5).build();

        Plan plan = planner.plan(ship(ServiceLevel.SAME_DAY, MONDAY_MORNING, line("1", "A", 1)), network, policy);

        assertThat(plan.late()).isTrue();
        Shipment s = plan.shipments().getFirst();
        assertThat(s.late()).isTrue();
        assertThat(plan.totalCost()).isEqualTo(s.cost().total().add(new BigDecimal("15.00")));
    }

    @Test
    void anOrderWithoutLinesShipsNothing() {
        Network network = aNetwork().item("A", "1.0").stock(edisonDc(), "A", 5).build();

        Plan plan = planner.plan(ship(ServiceLevel.STANDARD, MONDAY_MORNING), network, policy);

        assertThat(plan.shipments()).isEmpty();
        assertThat(plan.unallocated()).isEmpty();
    }
}
