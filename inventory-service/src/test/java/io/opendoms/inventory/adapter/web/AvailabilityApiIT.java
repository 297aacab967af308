package io.opendoms.inventory.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.inventory.support.InventoryIntegrationTest;
import io.opendoms.testkit.TestApi;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AvailabilityApiIT extends InventoryIntegrationTest {

    private String manhattan;
    private String lowerEastSide;
    private String boston;
    private String closed;
    private String sku;
    private String other;

    @BeforeEach
    void network() {
        manhattan = unique("MAN");
        lowerEastSide = unique("LES");
        boston = unique("BOS");
        closed = unique("CLOSED");
        sku = unique("SKU");
        other = unique("SKU");
        createLocation(manhattan, "10001");
        createLocation(lowerEastSide, "10002");
        createLocation(boston, "02108");
        expect(201, api.put("/api/v1/locations/" + closed, WRITER, location("STORE", "10001", null, null, false)));
        createItem(sku);
        createItem(other);
        setStock(manhattan, sku, 3);
        setStock(lowerEastSide, sku, 2);
        setStock(boston, sku, 10);
        setStock(closed, sku, 50);
        setStock(boston, other, 1);
    }

    @Test
    void totalsActiveLocationsAcrossTheNetwork() {
        TestApi.Response response = api.get("/api/v1/availability?sku=" + sku + "&sku=" + other, READER);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/json");
        assertThat(response.header("Content-Length"))
                .isEqualTo(String.valueOf(response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        assertThat(response.header("X-Content-Type-Options")).as("security headers").isEqualTo("nosniff");
        JsonNode items = response.json().path("items");
        assertThat(items.get(0).path("sku").asString()).isEqualTo(sku);
        assertThat(items.get(0).path("available").asInt()).isEqualTo(15);
        assertThat(items.get(0).path("locations").valueStream().map(l -> l.path("locationId").asString()))
                .containsExactlyInAnyOrder(manhattan, lowerEastSide, boston);
        assertThat(items.get(0).path("locations").get(0).has("distanceKm")).isFalse();
        assertThat(items.get(1).path("available").asInt()).isEqualTo(1);
    }

    /** The answer is written straight to the connection, not returned: its documentation must say what it is. */
    @Test
    void isDocumentedWithItsParametersAndResponseSchema() {
        JsonNode get = expect(200, api.get("/v3/api-docs", null)).json().path("paths")
                .path("/api/v1/availability").path("get");

        assertThat(get.path("parameters").valueStream().map(p -> p.path("name").asString()))
                .containsExactlyInAnyOrder("sku", "postalCode", "radiusKm");
        JsonNode skus = get.path("parameters").get(0).path("schema");
        assertThat(skus.path("type").asString()).isEqualTo("array");
        assertThat(skus.path("minItems").asInt()).isEqualTo(1);
        assertThat(skus.path("maxItems").asInt()).isEqualTo(100);
        assertThat(skus.path("items").path("pattern").asString()).isEqualTo("[A-Za-z0-9._-]{1,64}");
        assertThat(get.path("parameters").get(1).path("schema").path("pattern").asString())
                .isEqualTo("[A-Za-z0-9 -]{1,16}");
        assertThat(get.path("parameters").get(2).path("schema").path("maximum").asDouble()).isEqualTo(20_000);
        assertThat(get.path("responses").path("200").path("content").path("application/json").path("schema")
                .path("$ref").asString()).endsWith("/AvailabilityResponse");
    }

    @Test
    void nearAPostalCodeListsOnlyLocationsWithinTheRadiusWithDistances() {
        JsonNode item = expect(200, api.get("/api/v1/availability?sku=" + sku + "&postalCode=10001", READER))
                .json().path("items").get(0);

        assertThat(item.path("available").asInt()).isEqualTo(5);
        assertThat(item.path("locations").toString()).isEqualTo("""
                [{"locationId":"%s","available":3,"distanceKm":0.0},\
                {"locationId":"%s","available":2,"distanceKm":3.95}]""".formatted(manhattan, lowerEastSide));
    }

    @Test
    void aWiderRadiusReachesFartherLocations() {
        JsonNode item = expect(200, api.get("/api/v1/availability?sku=" + sku + "&postalCode=10001&radiusKm=350",
                READER)).json().path("items").get(0);

        assertThat(item.path("available").asInt()).isEqualTo(15);
        assertThat(item.path("locations").get(2).path("locationId").asString()).isEqualTo(boston);
        assertThat(item.path("locations").get(2).path("distanceKm").asDouble()).isEqualTo(302.19);
    }

    @Test
    void reservedAndSafetyStockAreNotAvailable() {
        expect(200, api.put("/api/v1/stock/" + boston + "/" + sku, WRITER, "{\"onHand\": 10, \"safetyStock\": 4}"));

        JsonNode item = expect(200, api.get("/api/v1/availability?sku=" + sku, READER)).json().path("items").get(0);

        assertThat(item.path("available").asInt()).isEqualTo(11);
    }

    @Test
    void anUnknownSkuHasNothingAvailable() {
        String unknown = unique("NOPE");

        JsonNode item = expect(200, api.get("/api/v1/availability?sku=" + unknown, READER)).json()
                .path("items").get(0);

        assertThat(item.path("sku").asString()).isEqualTo(unknown);
        assertThat(item.path("available").asInt()).isZero();
        assertThat(item.path("locations").isEmpty()).isTrue();
    }

    @Test
    void anUnknownPostalCodeIs422() {
        TestApi.Response response = api.get("/api/v1/availability?sku=" + sku + "&postalCode=00000", READER);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactly("postalCode");
    }

    @Test
    void rejectsBadParameters() {
        String tooMany = IntStream.range(0, 101).mapToObj(i -> "sku=S" + i).collect(Collectors.joining("&"));

        assertThat(api.get("/api/v1/availability", READER).errorFields()).containsExactly("sku");
        assertThat(api.get("/api/v1/availability?" + tooMany, READER).errorFields()).containsExactly("sku");
        assertThat(api.get("/api/v1/availability?sku=a%20b", READER).errorFields()).containsExactly("sku");
        assertThat(api.get("/api/v1/availability?sku=A&sku=%C3%A9", READER).errorFields()).containsExactly("sku");
        assertThat(api.get("/api/v1/availability?sku=", READER).errorFields()).containsExactly("sku");
        assertThat(api.get("/api/v1/availability?sku=A&postalCode=%3Cx%3E", READER).errorFields())
                .containsExactly("postalCode");
        assertThat(api.get("/api/v1/availability?sku=A&postalCode=10001&radiusKm=NaN", READER).errorFields())
                .containsExactly("radiusKm");
        assertThat(api.get("/api/v1/availability?sku=A&postalCode=10001&radiusKm=20001", READER).errorFields())
                .containsExactly("radiusKm");
        assertThat(api.get("/api/v1/availability?sku=A&postalCode=10001&radiusKm=-1", READER).errorFields())
                .containsExactly("radiusKm");
        assertThat(api.get("/api/v1/availability?sku=A&postalCode=10001&radiusKm=far", READER).errorFields())
                .containsExactly("radiusKm");
        TestApi.Response radiusAlone = api.get("/api/v1/availability?sku=A&radiusKm=5", READER);
        assertThat(radiusAlone.status()).isEqualTo(400);
        assertThat(radiusAlone.isProblem()).isTrue();
        assertThat(radiusAlone.errorFields()).containsExactly("radiusKm");
    }

    @Test
    void upToOneHundredSkusAtOnce() {
        String hundred = IntStream.range(0, 99).mapToObj(i -> "sku=S" + i).collect(Collectors.joining("&"));

        JsonNode items = expect(200, api.get("/api/v1/availability?" + hundred + "&sku=" + sku, READER)).json()
                .path("items");

        assertThat(items.size()).isEqualTo(100);
        assertThat(items.get(99).path("available").asInt()).isEqualTo(15);
    }

    @Test
    void needsAToken() {
        assertThat(api.get("/api/v1/availability?sku=" + sku, null).status()).isEqualTo(401);
    }
}
