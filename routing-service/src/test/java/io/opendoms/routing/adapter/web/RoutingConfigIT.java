package io.opendoms.routing.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.routing.application.RoutingConfigService;
import io.opendoms.routing.application.port.out.RoutingConfigPort;
import io.opendoms.routing.config.RoutingConfigDocument;
import io.opendoms.routing.domain.RoutingConfig;
import io.opendoms.routing.engine.RoutingPolicy;
import io.opendoms.routing.support.RoutingIntegrationTest;
import io.opendoms.testkit.TestApi;
import io.opendoms.testkit.TestJwt;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class RoutingConfigIT extends RoutingIntegrationTest {

    private static final String PATH = "/api/v1/routing/config";
    private static final String READER = TestJwt.token("planner", null, List.of("routing:read"),
            Duration.ofMinutes(30));
    private static final String WRITER = TestJwt.token("pricing-team", null, List.of("routing:read",
            "routing:write"), Duration.ofMinutes(30));
    private static final String STOREFRONT = TestJwt.channel("storefront",
            TestJwt.CHANNEL_SCOPES.toArray(String[]::new));

    @Autowired
    private RoutingConfigPort configPort;

    /** Every test leaves the documented defaults in force (as a new version), for the ITs sharing this context. */
    @AfterEach
    void restoreDefaults() {
        TestApi.Response restored = api.put(PATH, WRITER, defaults().toString());
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
    }

    @Test
    void answersTheDocumentedDefaultsWithTheirVersion() {
        TestApi.Response response = api.get(PATH, READER);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode config = response.json();
        assertThat(config.propertyNames()).containsExactlyInAnyOrderElementsOf(keysWithVersion());
        assertThat(config.path("version").asLong()).isPositive();
        assertThat(config.path("updatedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(config.path("zonesKm").get(0).asDouble()).isEqualTo(80.0);
        assertThat(config.path("services")).hasSize(5);
        assertThat(config.path("services").get(4).path("carrier").asString()).isEqualTo("COURIER");
        assertThat(config.path("services").get(4).path("maxDistanceKm").asDouble()).isEqualTo(40.0);
        assertThat(config.path("handling").path("STORE").path("perShipment").decimalValue())
                .isEqualByComparingTo("3.00");
        assertThat(config.path("serviceLevelDays").path("EXPRESS").asInt()).isEqualTo(2);
        assertThat(config.path("maxShipments").asInt()).isEqualTo(3);
        assertThat(config.path("latePenaltyPerDay").decimalValue()).isEqualByComparingTo("15.00");
        assertThat(config.path("defaultTimeZone").asString()).isEqualTo("America/Chicago");
        assertThat(config.path("channelRules").isObject()).isTrue();
        // version 1 is the service's properties (none set here: the documented defaults), kept as it was
        TestApi.Response first = api.get(PATH + "/versions/1", READER);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("updatedBy").asString()).isEqualTo(RoutingConfigService.INITIAL_AUTHOR);
        // read as the service reads documents (decimals as written): the same policy, to the cent's last zero
        assertThat(RoutingConfigDocument.read(withoutVersion(RoutingConfigDocument.JSON.readTree(first.body())))
                .policy()).isEqualTo(RoutingPolicy.defaults());
    }

    @Test
    void aChangeGetsTheNextVersionAndIsInForceForTheNextPlanAndDecision() {
        String store = unique("STORE-EDISON");
        String dc = unique("DC-PHL");
        String sku = unique("SKU");
        shipLocation(store, "STORE", EDISON);
        shipLocation(dc, "DISTRIBUTION_CENTER", PHILADELPHIA);
        item(sku, "0.4");
        stock(store, sku, 5);
        stock(dc, sku, 5);
        long before = api.get(PATH, READER).json().path("version").asLong();
        // default handling: the store 5.73 + 3.00 + 0.60 = 9.33; Philadelphia (zone 2) 6.38 + 1.50 + 0.25 = 8.13
        JsonNode planBefore = whatIf(sku);
        assertThat(planBefore.path("shipments").get(0).path("locationId").asString()).isEqualTo(dc);
        assertThat(planBefore.path("totalCost").decimalValue()).isEqualByComparingTo("8.13");

        ObjectNode cheapStores = defaults();
        ((ObjectNode) cheapStores.path("handling").path("STORE")).put("perShipment", new BigDecimal("0.50"))
                .put("perUnit", new BigDecimal("0.10"));
        TestApi.Response put = api.put(PATH, WRITER, cheapStores.toString());

        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(put.json().path("version").asLong()).isEqualTo(before + 1);
        assertThat(put.json().path("updatedBy").asString()).isEqualTo("pricing-team");
        TestApi.Response read = api.get(PATH, READER);
        assertThat(read.json().path("version").asLong()).isEqualTo(before + 1);
        assertThat(read.json().path("handling").path("STORE").path("perShipment").decimalValue())
                .isEqualByComparingTo("0.50");
        // the store now: 5.73 + 0.50 + 0.10 = 6.33
        JsonNode planAfter = whatIf(sku);
        assertThat(planAfter.path("shipments").get(0).path("locationId").asString()).isEqualTo(store);
        assertThat(planAfter.path("totalCost").decimalValue()).isEqualByComparingTo("6.33");

        UUID orderId = UUID.randomUUID();
        publish(shipOrder(orderId, MANHATTAN_ZIP, line("L1", sku, 1)));
        awaitRouting(orderId, "routing.order-routed", 1);
        assertThat(jdbc.queryForObject("select config_version from routing_decision where order_id = ?",
                Long.class, orderId)).as("the decision records the configuration it was planned with")
                .isEqualTo(before + 1);
    }

    @Test
    void anInvalidDocumentIsRefusedNamingEveryBadKeyAndTheOldOneStaysInForce() {
        String sku = unique("SKU");
        String dc = unique("DC-EDISON");
        shipLocation(dc, "DISTRIBUTION_CENTER", EDISON);
        item(sku, "0.4");
        stock(dc, sku, 5);
        TestApi.Response before = api.get(PATH, READER);
        BigDecimal costBefore = whatIf(sku).path("totalCost").decimalValue();
        ObjectNode bad = defaults();
        ((ArrayNode) bad.path("services").get(1).path("baseByZone")).set(3, new BigDecimal("-1.00"));
        ((ObjectNode) bad.path("handling").path("STORE")).remove("perUnit");
        bad.put("defaultTimeZone", "Mars/Olympus_Mons");
        bad.putObject("channelRules").putObject("web").putArray("allowedLocationTypes").add("STORE").add("WAREHOUSE");
        bad.put("maxShipments", 0);
        bad.remove("splitPenalty");
        bad.put("colour", "blue");
        // a price the way a careless script writes it: far too cheap to be true, and more than four decimals
        bad.put("latePenaltyPerDay", new BigDecimal("0.000001"));

        TestApi.Response response = api.put(PATH, WRITER, bad.toString());

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.errorFields()).containsExactlyInAnyOrder("services[1].baseByZone[3]",
                "handling.STORE.perUnit", "defaultTimeZone", "channelRules.web.allowedLocationTypes[1]",
                "maxShipments", "splitPenalty", "colour", "latePenaltyPerDay");
        TestApi.Response after = api.get(PATH, READER);
        assertThat(after.body()).as("the configuration in force is unchanged").isEqualTo(before.body());
        assertThat(whatIf(sku).path("totalCost").decimalValue()).isEqualByComparingTo(costBefore);
    }

    @Test
    void unreadableDocumentsAre400AndChangeNothing() {
        TestApi.Response before = api.get(PATH, READER);
        ObjectNode wrongTypes = defaults();
        wrongTypes.put("maxShipments", "three");
        ((ArrayNode) wrongTypes.path("zonesKm")).set(2, "far");
        wrongTypes.put("allowLineSplit", "yes");

        TestApi.Response typed = api.put(PATH, WRITER, wrongTypes.toString());
        TestApi.Response malformed = api.put(PATH, WRITER, "{\"zonesKm\": [80, ");
        TestApi.Response notAnObject = api.put(PATH, WRITER, "[1, 2]");
        TestApi.Response repeatedKey = api.put(PATH, WRITER, "{\"maxShipments\": 1, \"maxShipments\": 2}");

        assertThat(typed.status()).as(typed.toString()).isEqualTo(400);
        assertThat(typed.errorFields()).containsExactlyInAnyOrder("maxShipments", "zonesKm[2]", "allowLineSplit");
        for (TestApi.Response r : List.of(malformed, notAnObject, repeatedKey)) {
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.isProblem()).isTrue();
        }
        assertThat(api.get(PATH, READER).body()).isEqualTo(before.body());
    }

    @Test
    void aChangeMadeAgainstAnOlderVersionIsAConflict() {
        long current = api.get(PATH, READER).json().path("version").asLong();
        ObjectNode stale = defaults().put("version", current - 1).put("splitPenalty", new BigDecimal("4.00"));
        ObjectNode fresh = defaults().put("version", current).put("splitPenalty", new BigDecimal("4.00"));

        TestApi.Response conflict = api.put(PATH, WRITER, stale.toString());
        TestApi.Response ok = api.put(PATH, WRITER, fresh.toString());

        assertThat(conflict.status()).as(conflict.toString()).isEqualTo(409);
        assertThat(conflict.isProblem()).isTrue();
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.json().path("version").asLong()).isEqualTo(current + 1);
    }

    @Test
    void racingChangesNeverShareAVersion() throws Exception {
        String body = defaults().put("splitPenalty", new BigDecimal("1.00")).toString();
        int racers = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<TestApi.Response>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
            for (int i = 0; i < racers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.put(PATH, WRITER, body);
                }));
            }
            start.countDown();
            List<Long> versions = new ArrayList<>();
            for (Future<TestApi.Response> answer : answers) {
                TestApi.Response r = answer.get(30, TimeUnit.SECONDS);
                assertThat(r.status()).as(r.toString()).isIn(200, 409);
                if (r.status() == 200) {
                    versions.add(r.json().path("version").asLong());
                }
            }
            assertThat(versions).isNotEmpty().doesNotHaveDuplicates();
            assertThat(api.get(PATH, READER).json().path("version").asLong())
                    .isEqualTo(versions.stream().mapToLong(Long::longValue).max().orElseThrow());
        }
    }

    @Test
    void theStoredConfigurationOutlivesTheInstanceThatWroteIt() {
        ObjectNode changed = defaults().put("maxShipments", 2);
        long version = api.put(PATH, WRITER, changed.toString()).json().path("version").asLong();

        // a new instance (a restart, or another replica) on the same database, whose properties say otherwise
        RoutingPolicy otherProperties = RoutingConfigDocument.read(defaults().put("maxShipments", 5)).policy();
        RoutingConfigService restarted = new RoutingConfigService(configPort, otherProperties, clock,
                Duration.ofSeconds(1));
        restarted.afterSingletonsInstantiated();
        RoutingConfig current = restarted.current();

        assertThat(current.version()).isEqualTo(version);
        assertThat(current.policy().maxShipments()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from routing_config where version = 1", Integer.class))
                .isOne();
    }

    @Test
    void oldVersionsStayReadable() {
        TestApi.Response unknown = api.get(PATH + "/versions/999999", READER);
        TestApi.Response notANumber = api.get(PATH + "/versions/latest", READER);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
        assertThat(notANumber.status()).isEqualTo(400);
    }

    @Test
    void readingNeedsRoutingReadAndChangingRoutingWrite() {
        String body = defaults().toString();

        assertThat(api.get(PATH, null).status()).isEqualTo(401);
        assertThat(api.get(PATH, STOREFRONT).status()).isEqualTo(403);
        assertThat(api.put(PATH, null, body).status()).isEqualTo(401);
        TestApi.Response readerPut = api.put(PATH, READER, body);
        assertThat(readerPut.status()).isEqualTo(403);
        assertThat(readerPut.isProblem()).isTrue();
        assertThat(api.put(PATH, STOREFRONT, body).status()).isEqualTo(403);
        assertThat(api.get(PATH + "/versions/1", STOREFRONT).status()).isEqualTo(403);
        assertThat(api.get(PATH, TestJwt.ops()).status()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentDeclaresTheScopeOfEachOperation() {
        TestApi.Response docs = api.get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().path("paths");
        assertThat(scopes(paths.path(PATH).path("get"))).containsExactly("routing:read");
        assertThat(scopes(paths.path(PATH).path("put"))).containsExactly("routing:write");
        assertThat(scopes(paths.path(PATH + "/versions/{version}").path("get"))).containsExactly("routing:read");
        assertThat(paths.path(PATH).path("put").path("responses").has("422")).isTrue();
        assertThat(paths.path(PATH).path("put").path("requestBody").path("content").has("application/json"))
                .isTrue();
    }

    private static List<String> scopes(JsonNode operation) {
        List<String> scopes = new ArrayList<>();
        operation.path("security").forEach(r -> r.path("oauth2").forEach(s -> scopes.add(s.asString())));
        return scopes;
    }

    private JsonNode whatIf(String sku) {
        TestApi.Response response = api.post("/api/v1/routing/plans", READER, """
                {"shipTo": {"postalCode": "10001", "country": "US"}, "deliveryMethod": "SHIP",
                 "serviceLevel": "STANDARD", "at": "2026-11-23T15:00:00Z",
                 "lines": [{"lineId": "1", "sku": "%s", "quantity": 1}]}""".formatted(sku));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static ObjectNode defaults() {
        return RoutingConfigDocument.write(RoutingPolicy.defaults());
    }

    private static ObjectNode withoutVersion(JsonNode answer) {
        ObjectNode document = ((ObjectNode) answer).deepCopy();
        document.remove(List.of("version", "updatedAt", "updatedBy"));
        return document;
    }

    private static List<String> keysWithVersion() {
        List<String> keys = new ArrayList<>(RoutingConfigDocument.KEYS);
        keys.addAll(List.of("version", "updatedAt", "updatedBy"));
        return keys;
    }
}
