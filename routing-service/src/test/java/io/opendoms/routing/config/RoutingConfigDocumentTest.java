package io.opendoms.routing.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.routing.engine.DistanceRatedService;
import io.opendoms.routing.engine.LocationType;
import io.opendoms.routing.engine.RoutingPolicy;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class RoutingConfigDocumentTest {

    @Test
    void theDefaultsReadBackAsTheyWereFromTheirJsonText() {
        String json = RoutingConfigDocument.JSON.writeValueAsString(
                RoutingConfigDocument.write(RoutingPolicy.defaults()));

        RoutingConfigDocument.Reading reading = RoutingConfigDocument.read(json);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.policy()).isEqualTo(RoutingPolicy.defaults());
        assertThat(json).contains("\"perShipment\":3.00", "\"baseByZone\":[6.00,6.40,6.90");
    }

    @Test
    void aDocumentWithEveryKindOfKeyReadsBackAsItsPolicy() {
        RoutingPolicy d = RoutingPolicy.defaults();
        RoutingPolicy policy = new RoutingPolicy(d.zonesKm(),
                List.of(d.services().getFirst(), new DistanceRatedService("BIKE", "SAME_DAY", new BigDecimal("5"),
                        new BigDecimal("0.5"), 10.0, Set.of(LocationType.STORE, LocationType.DARK_STORE), 0)),
                d.handling(), d.serviceLevelDays(), new BigDecimal("2.50"), 2, false, new BigDecimal("9.9999"),
                ZoneId.of("America/Denver"),
                Map.of("marketplace", new RoutingPolicy.ChannelRule(Set.of(LocationType.DISTRIBUTION_CENTER)),
                        "web", new RoutingPolicy.ChannelRule(Set.of(LocationType.STORE, LocationType.DARK_STORE))));

        RoutingConfigDocument.Reading reading = RoutingConfigDocument.read(
                RoutingConfigDocument.JSON.writeValueAsString(RoutingConfigDocument.write(policy)));

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.policy()).isEqualTo(policy);
    }

    @Test
    void writesExactlyTheKeysOfTheSpec() {
        ObjectNode doc = RoutingConfigDocument.write(RoutingPolicy.defaults());

        assertThat(doc.propertyNames()).containsExactlyElementsOf(RoutingConfigDocument.KEYS);
        assertThat(doc.path("services").get(0).propertyNames()).containsExactly("carrier", "service", "baseByZone",
                "perKgByZone", "transitDaysByZone");
        assertThat(doc.path("services").get(4).propertyNames()).containsExactly("carrier", "service", "base",
                "perKm", "maxDistanceKm", "originTypes", "transitDays");
        assertThat(doc.path("handling").path("STORE").propertyNames()).containsExactly("perShipment", "perUnit");
    }

    static Stream<Arguments> badDocuments() {
        return Stream.of(
                bad("a negative zone price", "services[1].baseByZone[3]", false,
                        d -> zoneList(d, 1, "baseByZone").set(3, new BigDecimal("-1"))),
                bad("seven zone prices", "services[0].perKgByZone", false,
                        d -> zoneList(d, 0, "perKgByZone").remove(7)),
                bad("a zone price as text", "services[0].baseByZone[0]", true,
                        d -> zoneList(d, 0, "baseByZone").set(0, "6.00")),
                bad("transit days as a fraction", "services[2].transitDaysByZone[1]", true,
                        d -> zoneList(d, 2, "transitDaysByZone").set(1, new BigDecimal("1.5"))),
                bad("a distance key on a zone-rated service", "services[0].perKm", false,
                        d -> service(d, 0).put("perKm", 1)),
                bad("a service without a price", "services[0]", false,
                        d -> { service(d, 0).remove("baseByZone"); service(d, 0).remove("perKgByZone");
                            service(d, 0).remove("transitDaysByZone"); }),
                bad("a service without carrier", "services[3].carrier", false, d -> service(d, 3).remove("carrier")),
                bad("a repeated service", "services[1]", false, d -> service(d, 1).put("carrier", "PARCEL_A")),
                bad("an unknown origin type", "services[4].originTypes[0]", false,
                        d -> ((ArrayNode) service(d, 4).path("originTypes")).set(0, "KIOSK")),
                bad("an infinite distance", "services[4].maxDistanceKm", false,
                        d -> service(d, 4).put("maxDistanceKm", new BigDecimal("1e400"))),
                bad("no services", "services", false, d -> d.putArray("services")),
                bad("services as an object", "services", true, d -> d.putObject("services")),
                bad("a missing handling per unit", "handling.STORE.perUnit", false,
                        d -> ((ObjectNode) d.path("handling").path("STORE")).remove("perUnit")),
                bad("a missing location type of handling", "handling.DARK_STORE", false,
                        d -> ((ObjectNode) d.path("handling")).remove("DARK_STORE")),
                bad("an unknown location type of handling", "handling.KIOSK", false,
                        d -> ((ObjectNode) d.path("handling")).putObject("KIOSK").put("perShipment", 1)
                                .put("perUnit", 1)),
                bad("five decimals of money", "handling.STORE.perShipment", false,
                        d -> ((ObjectNode) d.path("handling").path("STORE")).put("perShipment",
                                new BigDecimal("3.00001"))),
                bad("an unknown service level", "serviceLevelDays.SOMEDAY", false,
                        d -> ((ObjectNode) d.path("serviceLevelDays")).put("SOMEDAY", 9)),
                bad("a missing service level", "serviceLevelDays.SAME_DAY", false,
                        d -> ((ObjectNode) d.path("serviceLevelDays")).remove("SAME_DAY")),
                bad("too many days", "serviceLevelDays.STANDARD", false,
                        d -> ((ObjectNode) d.path("serviceLevelDays")).put("STANDARD", 61)),
                bad("six zone bounds", "zonesKm", false, d -> ((ArrayNode) d.path("zonesKm")).remove(6)),
                bad("descending zone bounds", "zonesKm[1]", false, d -> ((ArrayNode) d.path("zonesKm")).set(1, 10)),
                bad("a negative split penalty", "splitPenalty", false, d -> d.put("splitPenalty", -1)),
                bad("a missing split penalty", "splitPenalty", false, d -> d.remove("splitPenalty")),
                bad("a null late penalty", "latePenaltyPerDay", false, d -> d.putNull("latePenaltyPerDay")),
                bad("eleven shipments", "maxShipments", false, d -> d.put("maxShipments", 11)),
                bad("shipments beyond an int", "maxShipments", false, d -> d.put("maxShipments", 1L << 40)),
                bad("line split as text", "allowLineSplit", true, d -> d.put("allowLineSplit", "true")),
                bad("an unknown time zone", "defaultTimeZone", false, d -> d.put("defaultTimeZone", "Mars/Base")),
                bad("a time zone as a number", "defaultTimeZone", true, d -> d.put("defaultTimeZone", 6)),
                bad("an unknown location type of a channel", "channelRules.web.allowedLocationTypes[1]", false,
                        d -> d.putObject("channelRules").putObject("web").putArray("allowedLocationTypes")
                                .add("STORE").add("WAREHOUSE")),
                bad("a channel allowed nothing", "channelRules.web.allowedLocationTypes", false,
                        d -> d.putObject("channelRules").putObject("web").putArray("allowedLocationTypes")),
                bad("an unknown key of a channel rule", "channelRules.web.deniedLocationTypes", false,
                        d -> d.putObject("channelRules").putObject("web").put("deniedLocationTypes", 1)
                                .putArray("allowedLocationTypes").add("STORE")),
                bad("an unknown key", "colour", false, d -> d.put("colour", "blue")),
                bad("a missing key", "channelRules", false, d -> d.remove("channelRules")));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("badDocuments")
    void namesTheBadKey(String what, String key, boolean wrongType, Consumer<ObjectNode> change) {
        ObjectNode doc = RoutingConfigDocument.write(RoutingPolicy.defaults());
        change.accept(doc);

        RoutingConfigDocument.Reading reading = RoutingConfigDocument.read(doc);

        assertThat(reading.policy()).isNull();
        assertThat(reading.problems()).extracting(RoutingConfigDocument.Problem::field).containsExactly(key);
        assertThat(reading.hasWrongTypes()).isEqualTo(wrongType);
    }

    @Test
    void namesEveryBadKeyAtOnce() {
        ObjectNode doc = RoutingConfigDocument.write(RoutingPolicy.defaults());
        zoneList(doc, 1, "baseByZone").set(3, new BigDecimal("-1"));
        zoneList(doc, 2, "perKgByZone").set(0, "cheap");
        doc.put("maxShipments", 0);
        doc.remove("defaultTimeZone");
        doc.put("extra", true);

        RoutingConfigDocument.Reading reading = RoutingConfigDocument.read(doc);

        assertThat(reading.problems()).extracting(RoutingConfigDocument.Problem::field).containsExactlyInAnyOrder(
                "services[1].baseByZone[3]", "services[2].perKgByZone[0]", "maxShipments", "defaultTimeZone",
                "extra");
        assertThat(reading.hasWrongTypes()).isTrue();
    }

    @Test
    void aFloodOfNonsenseIsAnsweredWithABoundedListOfProblems() {
        ObjectNode doc = RoutingConfigDocument.write(RoutingPolicy.defaults());
        ArrayNode zones = doc.putArray("zonesKm");
        for (int i = 0; i < 10_000; i++) {
            zones.add("far");
            doc.put("unknown" + i, i);
        }

        RoutingConfigDocument.Reading reading = RoutingConfigDocument.read(doc);

        assertThat(reading.problems()).hasSize(RoutingConfigDocument.MAX_PROBLEMS);
        assertThat(RoutingConfigDocument.read(RoutingConfigDocument.write(RoutingPolicy.defaults())
                .set("zonesKm", zones)).problems()).extracting(RoutingConfigDocument.Problem::field)
                .containsExactly("zonesKm");
    }

    @Test
    void malformedJsonAndOtherThanAnObjectAreUnreadable() {
        assertThat(RoutingConfigDocument.read("{\"zonesKm\": [").hasWrongTypes()).isTrue();
        assertThat(RoutingConfigDocument.read("[]").hasWrongTypes()).isTrue();
        assertThat(RoutingConfigDocument.read("{\"a\": 1, \"a\": 2}").hasWrongTypes()).isTrue();
    }

    private static Arguments bad(String what, String key, boolean wrongType, Consumer<ObjectNode> change) {
        return Arguments.of(what, key, wrongType, change);
    }

    private static ObjectNode service(ObjectNode doc, int index) {
        return (ObjectNode) doc.path("services").get(index);
    }

    private static ArrayNode zoneList(ObjectNode doc, int service, String key) {
        return (ArrayNode) service(doc, service).path(key);
    }
}
