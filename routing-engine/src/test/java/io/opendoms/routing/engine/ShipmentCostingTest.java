package io.opendoms.routing.engine;

import static io.opendoms.routing.engine.NetworkFixture.aNetwork;
import static io.opendoms.routing.engine.NetworkFixture.brooklynDarkStore;
import static io.opendoms.routing.engine.NetworkFixture.chicagoDc;
import static io.opendoms.routing.engine.NetworkFixture.edisonDc;
import static io.opendoms.routing.engine.NetworkFixture.line;
import static io.opendoms.routing.engine.NetworkFixture.midtownStore;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Examples computed by hand from the routing spec's default tables. */
class ShipmentCostingTest {

    private static final Instant MONDAY_9_CHICAGO = Instant.parse("2026-11-23T15:00:00Z");
    private final RoutingPolicy policy = RoutingPolicy.defaults();
    private final ShipmentCosting costing = new ShipmentCosting(policy);

    @ParameterizedTest
    @CsvSource({"0, 1", "43.5, 1", "80, 1", "80.1, 2", "240, 2", "480, 3", "970, 4", "1144.2, 5", "1610, 5",
            "2250, 6", "2900, 7", "2900.1, 8", "3936.2, 8"})
    void zonesHaveInclusiveUpperBounds(double km, int zone) {
        assertThat(policy.zone(km)).isEqualTo(zone);
    }

    @ParameterizedTest
    @CsvSource({"0, 1, 0.5", "0.5, 1, 0.5", "0.51, 1, 1.0", "3.2, 1, 3.5", "1.2, 3, 4.0", "0.25, 4, 1.0"})
    void billableWeightRoundsUpToHalfKilosAndIsAtLeastHalfAKilo(String weightKg, int quantity, String billable) {
        Network network = aNetwork().item("A", weightKg).build();
        assertThat(ShipmentCosting.billableKg(List.of(line("1", "A", quantity)), network))
                .isEqualTo(new BigDecimal(billable));
    }

    @Test
    void picksTheCheapestGroundServiceThatMeetsAStandardDeadline() {
        // 1144.2 km → zone 5; 3.2 kg → 3.5 kg billable
        // PARCEL_A GROUND 8.50 + 1.20 × 3.5 = 12.70, 4 days; PARCEL_B GROUND 9.00 + 1.30 × 3.5 = 13.55, 3 days
        // ships Monday (09:00 in Chicago, before 15:00), deadline Monday + 5 business days = 2026-11-30
        Network network = aNetwork().item("A", "3.2").build();
        Shipment s = costing.ship(chicagoDc(), List.of(line("1", "A", 1)), 1144.2, MONDAY_9_CHICAGO,
                LocalDate.parse("2026-11-30"), network);

        assertThat(s.carrier()).isEqualTo("PARCEL_A");
        assertThat(s.service()).isEqualTo("GROUND");
        assertThat(s.shipDate()).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(s.promisedDeliveryDate()).isEqualTo(LocalDate.parse("2026-11-27"));
        // handling at a DC: 1.50 + 0.25 × 1
        assertThat(s.cost()).isEqualTo(new ShipmentCost(new BigDecimal("12.70"), new BigDecimal("1.75"),
                new BigDecimal("14.45")));
        assertThat(s.late()).isFalse();
    }

    @Test
    void buysExpressWhenGroundWouldMissAnExpressDeadline() {
        // deadline Monday + 2 = Wednesday: grounds arrive Thursday/Friday; PARCEL_A EXPRESS 21 + 1.90 × 3.5 = 27.65
        // arrives Wednesday; AIR_X 38 + 3.30 × 3.5 = 49.55 too but costs more
        Network network = aNetwork().item("A", "3.2").build();
        Shipment s = costing.ship(chicagoDc(), List.of(line("1", "A", 1)), 1144.2, MONDAY_9_CHICAGO,
                LocalDate.parse("2026-11-25"), network);

        assertThat(s.carrier() + " " + s.service()).isEqualTo("PARCEL_A EXPRESS");
        assertThat(s.cost().shipping()).isEqualTo(new BigDecimal("27.65"));
        assertThat(s.promisedDeliveryDate()).isEqualTo(LocalDate.parse("2026-11-25"));
    }

    @Test
    void takesTheCheapestLeastLateServiceAfterAFridayCutoff() {
        // Friday 16:00 in New York is past Edison's 15:00 cut-off: ships Monday 2026-11-30; next-day deadline is
        // that Monday, every service takes at least one day → one day late whatever is bought.
        // zone 1, 0.5 kg: PARCEL_B GROUND 5.50 + 0.45 × 0.5 = 5.725 → 5.73 (half up)
        Network network = aNetwork().item("A", "0.2").build();
        Shipment s = costing.ship(edisonDc(), List.of(line("1", "A", 1)), 43.5,
                Instant.parse("2026-11-27T21:00:00Z"), LocalDate.parse("2026-11-30"), network);

        assertThat(s.carrier() + " " + s.service()).isEqualTo("PARCEL_B GROUND");
        assertThat(s.shipDate()).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(s.promisedDeliveryDate()).isEqualTo(LocalDate.parse("2026-12-01"));
        assertThat(s.cost().shipping()).isEqualTo(new BigDecimal("5.73"));
        assertThat(s.late()).isTrue();
        // 5.73 + 1.75 handling + 15.00 for one day late
        assertThat(costing.total(List.of(s), LocalDate.parse("2026-11-30"))).isEqualTo(new BigDecimal("22.48"));
    }

    @Test
    void sendsACourierFromANearbyStoreForSameDay() {
        // 1.3 km from a store: COURIER 9.00 + 0.30 × 1.3 = 9.39 the same day; handling 3.00 + 0.60 × 2 = 4.20
        Network network = aNetwork().item("A", "1.0").build();
        Shipment s = costing.ship(midtownStore(), List.of(line("1", "A", 2)), 1.3, MONDAY_9_CHICAGO,
                LocalDate.parse("2026-11-23"), network);

        assertThat(s.carrier() + " " + s.service()).isEqualTo("COURIER SAME_DAY");
        assertThat(s.promisedDeliveryDate()).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(s.cost()).isEqualTo(new ShipmentCost(new BigDecimal("9.39"), new BigDecimal("4.20"),
                new BigDecimal("13.59")));
    }

    @Test
    void courierPricesPerKilometreFromADarkStore() {
        // 9.00 + 0.30 × 9.2 = 11.76
        Network network = aNetwork().item("A", "1.0").build();
        Shipment s = costing.ship(brooklynDarkStore(), List.of(line("1", "A", 1)), 9.2, MONDAY_9_CHICAGO,
                LocalDate.parse("2026-11-23"), network);

        assertThat(s.carrier()).isEqualTo("COURIER");
        assertThat(s.cost().shipping()).isEqualTo(new BigDecimal("11.76"));
    }

    @Test
    void prefersCheaperGroundOverCourierWhenTheDeadlineAllows() {
        // zone 1, 2 kg: PARCEL_B 5.50 + 0.45 × 2 = 6.40 beats the courier's 9.39
        Network network = aNetwork().item("A", "1.0").build();
        Shipment s = costing.ship(midtownStore(), List.of(line("1", "A", 2)), 1.3, MONDAY_9_CHICAGO,
                LocalDate.parse("2026-11-30"), network);

        assertThat(s.carrier() + " " + s.service()).isEqualTo("PARCEL_B GROUND");
        assertThat(s.cost().shipping()).isEqualTo(new BigDecimal("6.40"));
    }

    @Test
    void neverSendsACourierFromADistributionCentreOrBeyond40Km() {
        Network network = aNetwork().item("A", "1.0").build();
        Shipment fromDc = costing.ship(edisonDc(), List.of(line("1", "A", 1)), 43.5, MONDAY_9_CHICAGO,
                LocalDate.parse("2026-11-23"), network);
        Shipment farStore = costing.ship(midtownStore(), List.of(line("1", "A", 1)), 40.1, MONDAY_9_CHICAGO,
                LocalDate.parse("2026-11-23"), network);

        assertThat(fromDc.carrier()).isNotEqualTo("COURIER");
        assertThat(farStore.carrier()).isNotEqualTo("COURIER");
        assertThat(farStore.late()).isTrue();
    }

    @Test
    void breaksPriceAndTransitTiesByCarrierName() {
        // zone 3, 0.5 kg: PARCEL_A GROUND 6.90 + 0.75 × 0.5 = 7.275 → 7.28 and PARCEL_B GROUND the same;
        // both take 2 days → the carrier name decides: PARCEL_A
        Network network = aNetwork().item("A", "0.5").build();
        Shipment s = costing.ship(edisonDc(), List.of(line("1", "A", 1)), 300.0, MONDAY_9_CHICAGO,
                LocalDate.parse("2026-11-30"), network);

        assertThat(s.carrier() + " " + s.service()).isEqualTo("PARCEL_A GROUND");
        assertThat(s.cost().shipping()).isEqualTo(new BigDecimal("7.28"));
    }

    @Test
    void splitPenaltyAddsPerExtraShipment() {
        RoutingPolicy d = RoutingPolicy.defaults();
        RoutingPolicy withPenalty = new RoutingPolicy(d.zonesKm(), d.services(), d.handling(), d.serviceLevelDays(),
                new BigDecimal("4.00"), d.maxShipments(), d.allowLineSplit(), d.latePenaltyPerDay(),
                d.defaultTimeZone(), d.channelRules());
        Network network = aNetwork().item("A", "0.5").build();
        ShipmentCosting penalised = new ShipmentCosting(withPenalty);
        Shipment one = penalised.ship(edisonDc(), List.of(line("1", "A", 1)), 43.5, MONDAY_9_CHICAGO,
                LocalDate.parse("2026-11-30"), network);

        // (5.73 + 1.75) × 2 + 4.00
        assertThat(penalised.total(List.of(one, one), LocalDate.parse("2026-11-30")))
                .isEqualTo(new BigDecimal("18.96"));
    }
}
