package io.opendoms.routing.engine;

import static io.opendoms.routing.engine.NetworkFixture.MANHATTAN;
import static io.opendoms.routing.engine.NetworkFixture.MONDAY_MORNING;
import static io.opendoms.routing.engine.NetworkFixture.NEW_YORK;
import static io.opendoms.routing.engine.NetworkFixture.aNetwork;
import static io.opendoms.routing.engine.NetworkFixture.chicagoDc;
import static io.opendoms.routing.engine.NetworkFixture.edisonDc;
import static io.opendoms.routing.engine.NetworkFixture.line;
import static io.opendoms.routing.engine.NetworkFixture.location;
import static io.opendoms.routing.engine.NetworkFixture.midtownStore;
import static io.opendoms.routing.engine.NetworkFixture.philadelphiaDc;
import static io.opendoms.routing.engine.NetworkFixture.ship;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One rule of the routing spec per test; costs by hand from its default tables. */
class CostOptimalPlannerRulesTest {

    private final CostOptimalPlanner planner = new CostOptimalPlanner();
    private final RoutingPolicy defaults = RoutingPolicy.defaults();

    private static RoutingPolicy with(BigDecimal splitPenalty, int maxShipments) {
        RoutingPolicy d = RoutingPolicy.defaults();
        return new RoutingPolicy(d.zonesKm(), d.services(), d.handling(), d.serviceLevelDays(), splitPenalty,
                maxShipments, d.allowLineSplit(), d.latePenaltyPerDay(), d.defaultTimeZone(), d.channelRules());
    }

    private static CandidateEvaluation candidate(Plan plan, String id) {
        return plan.explanation().candidates().stream().filter(c -> c.locationId().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void aCheaperDistributionCentreBeatsTheNearestStore() {
        // store 1.3 km: PARCEL_B zone 1 5.50 + 0.45 × 1 = 5.95, handling 3.00 + 0.60 = 3.60 → 9.55
        // Edison 43.5 km: 5.95 + handling 1.50 + 0.25 = 7.70
        Network network = aNetwork().item("A", "1.0").stock(midtownStore(), "A", 5).stock(edisonDc(), "A", 5).build();

        Plan plan = planner.explain(ship(ServiceLevel.STANDARD, MONDAY_MORNING, line("1", "A", 1)), network, defaults);

        assertThat(plan.shipments()).extracting(Shipment::locationId).containsExactly("DC-EDISON");
        assertThat(plan.totalCost()).isEqualTo(new BigDecimal("7.70"));
        assertThat(candidate(plan, "STORE-MIDTOWN")).extracting(CandidateEvaluation::reason, CandidateEvaluation::cost)
                .containsExactly(CandidateReason.MORE_EXPENSIVE, new BigDecimal("9.55"));
    }

    @Test
    void splitsWhenTwoNearShipmentsCostLessThanOneFarOne() {
        // 10 kg items. Chicago alone (zone 5, 20 kg): PARCEL_A 8.50 + 1.20 × 20 = 32.50, handling 2.00 → 34.50
        // Edison A (zone 1, 10 kg): PARCEL_B 5.50 + 4.50 = 10.00 + 1.75; Philadelphia B (zone 2): 6.10 + 5.50 = 11.60
        // + 1.75 → 25.10
        Network network = aNetwork().item("A", "10.0").item("B", "10.0")
                .stock(chicagoDc(), "A", 1).stock(chicagoDc(), "B", 1)
                .stock(edisonDc(), "A", 1).stock(philadelphiaDc(), "B", 1).build();
        SourcingProblem order = ship(ServiceLevel.STANDARD, MONDAY_MORNING, line("1", "A", 1), line("2", "B", 1));

        Plan split = planner.plan(order, network, defaults);
        Plan penalised = planner.plan(order, network, with(new BigDecimal("10.00"), 3));

        assertThat(split.shipments()).extracting(Shipment::locationId).containsExactly("DC-EDISON", "DC-PHL");
        assertThat(split.totalCost()).isEqualTo(new BigDecimal("25.10"));
        // with a split penalty of 10.00 the split costs 35.10: Chicago's 34.50 wins
        assertThat(penalised.shipments()).extracting(Shipment::locationId).containsExactly("DC-CHI");
        assertThat(penalised.totalCost()).isEqualTo(new BigDecimal("34.50"));
    }

    @Test
    void maxShipmentsCapsTheSplitAndTheRestIsUnallocated() {
        // one shipment only: Edison's A (7.70) or Philadelphia's B (zone 2: 6.65 + 1.75 = 8.40), one unit each
        Network network = aNetwork().item("A", "1.0").item("B", "1.0")
                .stock(edisonDc(), "A", 1).stock(philadelphiaDc(), "B", 1).build();

        Plan plan = planner.plan(ship(ServiceLevel.STANDARD, MONDAY_MORNING, line("1", "A", 1), line("2", "B", 1)),
                network, with(BigDecimal.ZERO, 1));

        assertThat(plan.shipments()).extracting(Shipment::locationId).containsExactly("DC-EDISON");
        assertThat(plan.unallocated()).containsExactly(new UnallocatedLine("2", "B", 1, UnallocationReason.NO_STOCK));
        assertThat(plan.totalCost()).isEqualTo(new BigDecimal("7.70"));
    }

    @Test
    void meetingTheDeadlineComesBeforeCost() {
        // same day: only the store's courier arrives today (9.00 + 0.30 × 1.3 = 9.39, handling 3.60 → 12.99);
        // Edison would be cheaper but a business day late
        Network network = aNetwork().item("A", "1.0").stock(midtownStore(), "A", 5).stock(edisonDc(), "A", 5).build();

        Plan plan = planner.plan(ship(ServiceLevel.SAME_DAY, MONDAY_MORNING, line("1", "A", 1)), network, defaults);

        assertThat(plan.shipments()).singleElement().satisfies(s -> {
            assertThat(s.locationId()).isEqualTo("STORE-MIDTOWN");
            assertThat(s.carrier() + " " + s.service()).isEqualTo("COURIER SAME_DAY");
            assertThat(s.promisedDeliveryDate()).isEqualTo(LocalDate.parse("2026-11-23"));
        });
        assertThat(plan.late()).isFalse();
        assertThat(plan.totalCost()).isEqualTo(new BigDecimal("12.99"));
        assertThat(candidate(plan, "DC-EDISON").reason()).isEqualTo(CandidateReason.MISSES_PROMISE);
    }

    @Test
    void whenNothingMeetsTheDeadlineTheLeastLatePlanPaysThePenalty() {
        // same day to Manhattan from Chicago and Philadelphia only: both a day late at best
        // Philadelphia zone 2, 1 kg: PARCEL_B 6.10 + 0.55 = 6.65 (1 day) + 1.75 + 15.00 late = 23.40
        Network network = aNetwork().item("A", "1.0").stock(chicagoDc(), "A", 5).stock(philadelphiaDc(), "A", 5)
                .build();

        Plan plan = planner.plan(ship(ServiceLevel.SAME_DAY, MONDAY_MORNING, line("1", "A", 1)), network, defaults);

        assertThat(plan.late()).isTrue();
        assertThat(plan.shipments()).extracting(Shipment::locationId, Shipment::late)
                .containsExactly(tuple("DC-PHL", true));
        assertThat(plan.totalCost()).isEqualTo(new BigDecimal("23.40"));
    }

    @Test
    void aLocationPastItsCutoffLosesToOneThatStillShipsToday() {
        // Monday 16:00 in New York, next day: Edison closed at 15:00 and would deliver Wednesday; the store (18:00)
        // ships today and delivers Tuesday
        Instant mondayFour = Instant.parse("2026-11-23T21:00:00Z");
        Network network = aNetwork().item("A", "1.0").stock(midtownStore(), "A", 5).stock(edisonDc(), "A", 5).build();

        Plan plan = planner.plan(ship(ServiceLevel.NEXT_DAY, mondayFour, line("1", "A", 1)), network, defaults);

        assertThat(plan.shipments()).extracting(Shipment::locationId).containsExactly("STORE-MIDTOWN");
        assertThat(plan.late()).isFalse();
        assertThat(candidate(plan, "DC-EDISON").reason()).isEqualTo(CandidateReason.PAST_CUTOFF_MISSES_PROMISE);
    }

    @Test
    void aFullLocationShipsOnTheNextBusinessDayWithRoom() {
        // Edison's 500 fulfillments of Monday are planned: it ships Tuesday and misses a next-day promise
        Network network = aNetwork().item("A", "1.0").stock(midtownStore(), "A", 5).stock(edisonDc(), "A", 5).build();
        SourcingProblem order = ship(ServiceLevel.NEXT_DAY, MONDAY_MORNING, line("1", "A", 1))
                .withCapacityUsed(Map.of(new SourcingProblem.LocationDay("DC-EDISON", LocalDate.parse("2026-11-23")),
                        500));

        Plan plan = planner.plan(order, network, defaults);
        Plan standard = planner.plan(ship(ServiceLevel.STANDARD, MONDAY_MORNING, line("1", "A", 1))
                .withCapacityUsed(order.capacityUsed()), network, defaults);

        assertThat(plan.shipments()).extracting(Shipment::locationId).containsExactly("STORE-MIDTOWN");
        assertThat(candidate(plan, "DC-EDISON").reason()).isEqualTo(CandidateReason.CAPACITY_FULL);
        assertThat(standard.shipments()).singleElement().satisfies(s -> {
            assertThat(s.locationId()).isEqualTo("DC-EDISON");
            assertThat(s.shipDate()).isEqualTo(LocalDate.parse("2026-11-24"));
        });
    }

    @Test
    void equalPlansGoToTheSmallerLocationId() {
        Location a = location("DC-A", LocationType.DISTRIBUTION_CENTER, 40.5187, -74.4121, NEW_YORK);
        Location b = location("DC-B", LocationType.DISTRIBUTION_CENTER, 40.5187, -74.4121, NEW_YORK);
        Network network = aNetwork().item("A", "1.0").stock(b, "A", 5).stock(a, "A", 5).build();

        Plan plan = planner.explain(ship(ServiceLevel.STANDARD, MONDAY_MORNING, line("1", "A", 1)), network, defaults);

        assertThat(plan.shipments()).extracting(Shipment::locationId).containsExactly("DC-A");
        assertThat(candidate(plan, "DC-B")).extracting(CandidateEvaluation::reason, CandidateEvaluation::cost)
                .containsExactly(CandidateReason.LOST_TIE_BREAK, new BigDecimal("7.70"));
    }

    @Test
    void aLocationThatEnoughOthersMatchOrBeatIsDominated() {
        List<Location> twins = new ArrayList<>();
        NetworkFixture fixture = aNetwork().item("A", "1.0");
        for (String id : List.of("DC-A", "DC-B", "DC-C", "DC-D")) {
            Location l = location(id, LocationType.DISTRIBUTION_CENTER, 40.5187, -74.4121, NEW_YORK);
            twins.add(l);
            fixture.stock(l, "A", 5);
        }

        Plan plan = planner.explain(ship(ServiceLevel.STANDARD, MONDAY_MORNING, line("1", "A", 1)), fixture.build(),
                defaults);

        assertThat(plan.explanation().candidates())
                .extracting(CandidateEvaluation::locationId, CandidateEvaluation::reason)
                .containsExactly(tuple("DC-A", CandidateReason.LOWEST_COST),
                        tuple("DC-B", CandidateReason.LOST_TIE_BREAK), tuple("DC-C", CandidateReason.LOST_TIE_BREAK),
                        tuple("DC-D", CandidateReason.DOMINATED));
    }

    @Test
    void heldUnitsShipFromWhereTheyAreHeld() {
        // a checkout hold at Philadelphia (not in its available stock any more) must be shipped from there,
        // although Edison would be cheaper; the rest of the line goes where it is cheapest
        Network network = aNetwork().item("A", "1.0").stock(edisonDc(), "A", 5).stock(philadelphiaDc(), "A", 0)
                .build();
        SourcingProblem order = ship(ServiceLevel.STANDARD, MONDAY_MORNING, line("1", "A", 3))
                .withHolds(List.of(new SourcingProblem.Hold("DC-PHL", "1", 1)));

        Plan plan = planner.plan(order, network, defaults);

        assertThat(plan.shipments()).extracting(Shipment::locationId, s -> s.lines())
                .containsExactly(tuple("DC-EDISON", List.of(line("1", "A", 2))),
                        tuple("DC-PHL", List.of(line("1", "A", 1))));
        assertThat(plan.unallocated()).isEmpty();
    }

    @Test
    void theDeadlineCountsInTheDestinationsTimeZone() {
        // Tuesday 06:30 UTC is Monday 22:30 in Los Angeles but Tuesday 00:30 in Chicago. Edison ships Tuesday,
        // delivers Wednesday: late against Los Angeles's next-day deadline (Tuesday), on time against Chicago's.
        Instant at = Instant.parse("2026-11-24T06:30:00Z");
        Network network = aNetwork().item("A", "1.0").stock(edisonDc(), "A", 5).build();
        SourcingProblem order = ship(ServiceLevel.NEXT_DAY, at, line("1", "A", 1));

        Plan inDefaultZone = planner.plan(order, network, defaults);
        Plan inLosAngeles = planner.plan(order.withDestinationZone(ZoneId.of("America/Los_Angeles")), network,
                defaults);

        assertThat(inDefaultZone.late()).isFalse();
        assertThat(inLosAngeles.late()).isTrue();
    }

    @Test
    void aLocationsOwnHandlingCostOverridesItsTypes() {
        // Edison at 0.50 + 0.10 per unit: 5.95 + 0.60 = 6.55
        Location edison = edisonDc();
        Location cheap = new Location(edison.id(), edison.type(), edison.position(), edison.timeZone(),
                edison.capabilities(), edison.cutoffTime(), edison.dailyCapacity(), true,
                new RoutingPolicy.Handling(new BigDecimal("0.50"), new BigDecimal("0.10")));
        Network network = aNetwork().item("A", "1.0").stock(cheap, "A", 5).build();

        Plan plan = planner.plan(ship(ServiceLevel.STANDARD, MONDAY_MORNING, line("1", "A", 1)), network, defaults);

        assertThat(plan.totalCost()).isEqualTo(new BigDecimal("6.55"));
    }

    @Test
    void aThirtyLineOrderGetsAValidPlanWithinTheBudget() {
        NetworkFixture fixture = aNetwork();
        List<OrderLine> lines = new ArrayList<>();
        List<Location> dcs = List.of(edisonDc(), philadelphiaDc(), chicagoDc(), midtownStore());
        for (int i = 0; i < 30; i++) {
            String sku = "S" + i;
            fixture.item(sku, "0.7");
            fixture.stock(dcs.get(i % 4), sku, 3).stock(dcs.get((i + 1) % 4), sku, 1);
            lines.add(line(String.valueOf(i), sku, 2));
        }
        SourcingProblem order = SourcingProblem.of(lines, DeliveryMethod.SHIP, ServiceLevel.STANDARD, null, "web",
                MANHATTAN, MONDAY_MORNING);

        CostOptimalPlanner.Result result = new CostOptimalPlanner(20_000).solve(order, fixture.build(), defaults);

        assertThat(result.plan().shipments()).hasSizeLessThanOrEqualTo(3);
        assertThat(result.plan().shipments().stream().mapToInt(s -> s.lines().stream()
                .mapToInt(OrderLine::quantity).sum()).sum()
                + result.plan().unallocated().stream().mapToInt(UnallocatedLine::quantity).sum()).isEqualTo(60);
        assertThat(result.nodes()).isLessThan(40_000);
    }

    @Test
    void theDefaultConfigurationIsValidAndABadOneNamesEachBadKey() {
        assertThat(defaults.validate()).isEmpty();
        RoutingPolicy bad = new RoutingPolicy(List.of(80.0, 40.0), defaults.services(), Map.of(),
                defaults.serviceLevelDays(), new BigDecimal("-1"), 0, true, new BigDecimal("0.00001"),
                defaults.defaultTimeZone(), Map.of("web", new RoutingPolicy.ChannelRule(Set.of())));

        assertThat(bad.validate()).extracting(RoutingPolicy.ConfigError::key).contains("zonesKm",
                "handling.DISTRIBUTION_CENTER", "splitPenalty", "maxShipments", "latePenaltyPerDay",
                "channelRules.web.allowedLocationTypes");
    }

    @Test
    void plansCompareByUnallocatedThenLatenessThenCostThenTheTieBreaks() {
        Search.Key base = new Search.Key(0, 0, 1000, 2, 10, new String[] {"A", "B"});
        assertThat(base).isLessThan(new Search.Key(1, 0, 0, 1, 0, new String[] {"A"}));
        assertThat(base).isLessThan(new Search.Key(0, 1, 0, 1, 0, new String[] {"A"}));
        assertThat(base).isLessThan(new Search.Key(0, 0, 1001, 1, 0, new String[] {"A"}));
        assertThat(new Search.Key(0, 0, 1000, 1, 20, new String[] {"Z"})).isLessThan(base);
        assertThat(new Search.Key(0, 0, 1000, 2, 9, new String[] {"Y", "Z"})).isLessThan(base);
        assertThat(new Search.Key(0, 0, 1000, 2, 10, new String[] {"A", "A"})).isLessThan(base);
    }
}
