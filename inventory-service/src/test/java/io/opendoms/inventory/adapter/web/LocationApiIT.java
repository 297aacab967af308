package io.opendoms.inventory.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.opendoms.inventory.support.InventoryIntegrationTest;
import io.opendoms.testkit.TestApi;
import io.opendoms.testkit.TestJwt;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class LocationApiIT extends InventoryIntegrationTest {

    @Test
    void createsALocationWithCoordinatesFromItsPostalCode() {
        String id = unique("STORE");

        TestApi.Response created = api.put("/api/v1/locations/" + id, WRITER, location("STORE", "10001", null, null, true));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("locationId").asString()).isEqualTo(id);
        assertThat(created.json().path("latitude").asDouble()).isEqualTo(40.75065);
        assertThat(created.json().path("longitude").asDouble()).isEqualTo(-73.997293);
        assertThat(created.json().path("timeZone").asString()).isEqualTo("America/New_York");
        assertThat(created.json().path("cutoffTime").asString()).isEqualTo("15:00");
        assertThat(created.json().path("capabilities").toString()).isEqualTo("[\"SHIP\",\"PICKUP\"]");
        assertThat(created.json().path("dailyCapacity").asInt()).isEqualTo(500);
        assertThat(created.json().path("active").asBoolean()).isTrue();

        JsonNode read = expect(200, api.get("/api/v1/locations/" + id, READER)).json();
        assertThat(read).isEqualTo(created.json());
    }

    @Test
    void replacesALocationAndKeepsGivenCoordinates() {
        String id = unique("DC");
        createLocation(id, "10001");

        TestApi.Response replaced = api.put("/api/v1/locations/" + id, WRITER,
                location("DISTRIBUTION_CENTER", "99999", 35.5, -80.25, false));

        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        JsonNode read = expect(200, api.get("/api/v1/locations/" + id, READER)).json();
        assertThat(read.path("type").asString()).isEqualTo("DISTRIBUTION_CENTER");
        assertThat(read.path("latitude").asDouble()).isEqualTo(35.5);
        assertThat(read.path("longitude").asDouble()).isEqualTo(-80.25);
        assertThat(read.path("active").asBoolean()).isFalse();
    }

    @Test
    void keepsTheWmsPartnerOfALocationAndPublishesIt() {
        String id = unique("DC");
        String withPartner = location("DISTRIBUTION_CENTER", "10001", null, null, true)
                .replace("\"active\": true", "\"active\": true, \"wmsPartnerId\": \"wms-east\"");

        expect(201, api.put("/api/v1/locations/" + id, WRITER, withPartner));

        assertThat(expect(200, api.get("/api/v1/locations/" + id, READER)).json().path("wmsPartnerId").asString())
                .isEqualTo("wms-east");
        assertThat(jdbc.queryForObject("select payload from platform_outbox where event_key = ? and "
                + "event_type = 'inventory.location-upserted' order by id desc limit 1", String.class, id))
                .contains("\"wmsPartnerId\":\"wms-east\"");
    }

    @Test
    void refusesAWmsPartnerIdThatIsNotAnId() {
        String id = unique("DC");
        String bad = location("DISTRIBUTION_CENTER", "10001", null, null, true)
                .replace("\"active\": true", "\"active\": true, \"wmsPartnerId\": \"wms east/1\"");

        TestApi.Response response = api.put("/api/v1/locations/" + id, WRITER, bad);

        assertThat(response.status()).as(response.toString()).isIn(400, 422);
        assertThat(response.toString()).contains("wmsPartnerId");
        assertThat(api.get("/api/v1/locations/" + id, READER).status()).isEqualTo(404);
    }

    /**
     * Concurrent replacements of one location: whatever order they commit in, the last event appended for it
     * describes the state the database kept (consumers end where the database is), and none fails.
     */
    @Test
    void concurrentReplacementsOfALocationAppendTheirEventsInCommitOrder() throws Exception {
        String id = unique("DC");
        createLocation(id, "10001");
        int writers = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        try {
            for (int round = 0; round < 5; round++) {
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<TestApi.Response>> puts = new java.util.ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    String body = location("STORE", "10001", null, null, true)
                            .replace("\"name\": \"Location\"", "\"name\": \"writer-" + round + "-" + w + "\"");
                    puts.add(pool.submit(() -> {
                        start.await();
                        return api.put("/api/v1/locations/" + id, WRITER, body);
                    }));
                }
                start.countDown();
                for (java.util.concurrent.Future<TestApi.Response> put : puts) {
                    assertThat(put.get().status()).as(put.get().toString()).isEqualTo(200);
                }
                String kept = expect(200, api.get("/api/v1/locations/" + id, READER)).json().path("name").asString();
                String lastEvent = jdbc.queryForObject("select payload from platform_outbox where event_key = ? and "
                        + "event_type = 'inventory.location-upserted' order by id desc limit 1", String.class, id);
                assertThat(lastEvent).contains("\"name\":\"" + kept + "\"");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void listsLocations() {
        String id = unique("STORE");
        createLocation(id, "02108");

        JsonNode list = expect(200, api.get("/api/v1/locations", READER)).json();

        assertThat(list.path("items").valueStream().map(l -> l.path("locationId").asString())).contains(id);
    }

    @Test
    void answers404ProblemForAnUnknownLocation() {
        TestApi.Response response = api.get("/api/v1/locations/NOPE-" + unique("X"), READER);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void placesALocationAtAZipWithoutCensusAreaByItsThreeDigitPrefix() {
        String id = unique("STORE");

        // 30301 (Atlanta's main post office boxes) has no census area: the mean centroid of the 303xx ones
        TestApi.Response created = api.put("/api/v1/locations/" + id, WRITER, location("STORE", "30301", null, null,
                true));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("postalCode").asString()).isEqualTo("30301");
        assertThat(created.json().path("latitude").asDouble()).isCloseTo(33.797374, within(1e-6));
        assertThat(created.json().path("longitude").asDouble()).isCloseTo(-84.384472, within(1e-6));
        assertThat(outboxCount("inventory.location-upserted", id)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00000", "09021"}) // 09021: military mail, no census area with its three digits either
    void rejectsAnUnknownUsPostalCodeWithoutCoordinatesAndStoresNothing(String postalCode) {
        String id = unique("STORE");

        TestApi.Response response = api.put("/api/v1/locations/" + id, WRITER, location("STORE", postalCode, null,
                null, true));

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.errorFields()).containsExactly("postalCode");
        assertNothingStored(id);
    }

    @Test
    void namesEveryInvalidFieldAndStoresNothing() {
        String id = unique("STORE");
        String body = """
                {"name": " ", "type": "STORE", "postalCode": "10001", "country": "USA", "latitude": 91,
                 "longitude": -181, "timeZone": "Mars/Olympus", "capabilities": ["SHIP"], "cutoffTime": "25:00",
                 "dailyCapacity": -1}""";

        TestApi.Response response = api.put("/api/v1/locations/" + id, WRITER, body);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.errorFields()).containsExactlyInAnyOrder("name", "country", "latitude", "longitude",
                "timeZone", "cutoffTime", "dailyCapacity", "active");
        assertNothingStored(id);
    }

    @Test
    void rejectsAnUnknownLocationType() {
        String id = unique("STORE");

        TestApi.Response response = api.put("/api/v1/locations/" + id, WRITER, location("WAREHOUSE", "10001", null,
                null, true));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("type");
        assertNothingStored(id);
    }

    @Test
    void rejectsATimeZoneOffsetInsteadOfARegion() {
        String body = location("STORE", "10001", null, null, true).replace("America/New_York", "+02:00");

        TestApi.Response response = api.put("/api/v1/locations/" + unique("STORE"), WRITER, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("timeZone");
    }

    @Test
    void rejectsALatitudeWithoutALongitude() {
        String id = unique("STORE");
        String body = location("STORE", "10001", null, null, true).replace("\"country\": \"US\",",
                "\"country\": \"US\", \"latitude\": 40.1,");

        TestApi.Response response = api.put("/api/v1/locations/" + id, WRITER, body);

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactly("longitude");
        assertNothingStored(id);
    }

    @Test
    void rejectsALocationIdOutsideThePattern() {
        TestApi.Response response = api.put("/api/v1/locations/" + "x".repeat(65), WRITER,
                location("STORE", "10001", null, null, true));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("locationId");
    }

    @Test
    void rejectsMalformedJson() {
        TestApi.Response response = api.put("/api/v1/locations/" + unique("STORE"), WRITER, "{\"name\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void needsAToken() {
        TestApi.Response put = api.put("/api/v1/locations/" + unique("STORE"), null,
                location("STORE", "10001", null, null, true));
        TestApi.Response list = api.get("/api/v1/locations", null);

        assertThat(put.status()).isEqualTo(401);
        assertThat(put.isProblem()).isTrue();
        assertThat(list.status()).isEqualTo(401);
    }

    @Test
    void needsTheWriteScopeToChangeLocations() {
        String id = unique("STORE");

        TestApi.Response response = api.put("/api/v1/locations/" + id, READER, location("STORE", "10001", null, null,
                true));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
        assertNothingStored(id);
    }

    @Test
    void needsTheReadScopeToReadLocations() {
        assertThat(api.get("/api/v1/locations", TestJwt.channel("storefront", "orders:read")).status())
                .isEqualTo(403);
    }

    private void assertNothingStored(String id) {
        assertThat(api.get("/api/v1/locations/" + id, WRITER).status()).isEqualTo(404);
        assertThat(outboxCount("inventory.location-upserted", id)).isZero();
    }
}
