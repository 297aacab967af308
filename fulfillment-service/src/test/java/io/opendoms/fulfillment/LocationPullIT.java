package io.opendoms.fulfillment;

import static io.opendoms.fulfillment.FulfillmentApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.testkit.TestJwt;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A location without a release URL pulls its work: its released fulfillment orders, oldest first, paged. */
class LocationPullIT extends FulfillmentIntegrationTestSupport {

    @Test
    void aLocationPullsItsReleasedFulfillmentOrders() {
        String location = "STORE-PULL-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into known_location (location_id, wms_partner_id, updated_at) values (?, null, now())",
                location);
        FulfillmentOrder first = aReleasedFulfillmentOrderAt(location);
        FulfillmentOrder second = aReleasedFulfillmentOrderAt(location);
        String reader = TestJwt.channel("web", "fulfillment:read");

        Response released = get("/api/v1/fulfillments?locationId=" + location + "&status=RELEASED", reader);
        assertThat(released.status()).isEqualTo(200);
        assertThat(ids(released.body())).containsExactly(first.getId().toString(), second.getId().toString());
        assertThat(released.body().get("totalItems").asLong()).isEqualTo(2);
        assertThat(released.body().get("size").asInt()).isEqualTo(20);

        Response firstPage = get("/api/v1/fulfillments?locationId=" + location + "&status=RELEASED&page=0&size=1",
                reader);
        assertThat(ids(firstPage.body())).containsExactly(first.getId().toString());
        Response secondPage = get("/api/v1/fulfillments?locationId=" + location + "&status=RELEASED&page=1&size=1",
                reader);
        assertThat(ids(secondPage.body())).containsExactly(second.getId().toString());

        // picked: no longer waiting to be pulled, still among the location's fulfillment orders
        assertThat(wms(wmsEvent("PICKED", first.getId(), null)).status()).isEqualTo(200);
        assertThat(ids(get("/api/v1/fulfillments?locationId=" + location + "&status=RELEASED", reader).body()))
                .containsExactly(second.getId().toString());
        assertThat(ids(get("/api/v1/fulfillments?locationId=" + location, reader).body()))
                .containsExactly(first.getId().toString(), second.getId().toString());

        // by order, as before, and narrowed by location
        Response byOrder = get("/api/v1/fulfillments?orderId=" + first.getOrderId(), reader);
        assertThat(ids(byOrder.body())).containsExactly(first.getId().toString());
        assertThat(byOrder.body().has("totalItems")).isFalse();
        assertThat(ids(get("/api/v1/fulfillments?orderId=" + first.getOrderId() + "&locationId=ELSEWHERE", reader)
                .body())).isEmpty();
    }

    @Test
    void badOrMissingParametersAreNamed() {
        Response missing = get("/api/v1/fulfillments", TestJwt.ops());
        assertProblem(missing, 400);
        assertThat(missing.body().toString()).contains("orderId").contains("locationId");
        Response badStatus = get("/api/v1/fulfillments?locationId=DC-NJ&status=LOST", TestJwt.ops());
        assertProblem(badStatus, 400);
        assertThat(badStatus.body().toString()).contains("status");
        assertProblem(get("/api/v1/fulfillments?orderId=nope", TestJwt.ops()), 400);
        assertProblem(get("/api/v1/fulfillments?locationId=DC-NJ&size=101", TestJwt.ops()), 400);
        assertProblem(get("/api/v1/fulfillments?locationId=DC-NJ&page=-1", TestJwt.ops()), 400);
        assertProblem(get("/api/v1/fulfillments?locationId=DC-NJ", TestJwt.channel("web", "orders:read")), 403);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        for (JsonNode item : page.get("items")) {
            ids.add(item.get("fulfillmentId").asString());
        }
        return ids;
    }
}
