package io.opendoms.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.testkit.TestJwt;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FulfillmentApiIT extends FulfillmentIntegrationTestSupport {

    @Test
    void showsAFulfillmentOrder() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();

        Response response = get("/api/v1/fulfillments/" + fo.getId(), TestJwt.ops());

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.body();
        assertThat(body.get("fulfillmentId").asString()).isEqualTo(fo.getId().toString());
        assertThat(body.get("orderId").asString()).isEqualTo(fo.getOrderId().toString());
        assertThat(body.get("locationId").asString()).isEqualTo("DC-NJ");
        assertThat(body.get("type").asString()).isEqualTo("SHIP");
        assertThat(body.get("status").asString()).isEqualTo("RELEASED");
        assertThat(body.get("carrier").asString()).isEqualTo("UPS");
        assertThat(body.get("service").asString()).isEqualTo("GROUND");
        assertThat(body.get("promisedDeliveryDate").asString()).isEqualTo("2026-11-25");
        assertThat(body.has("trackingNumber")).isFalse();
        assertThat(body.get("lines")).hasSize(2);
        assertThat(body.get("lines").get(0).get("lineId").asString()).isEqualTo("L1");
        assertThat(body.get("lines").get(0).get("sku").asString()).isEqualTo("SKU-1");
        assertThat(body.get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
    }

    @Test
    void listsTheFulfillmentOrdersOfAnOrder() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();

        Response response = get("/api/v1/fulfillments?orderId=" + fo.getOrderId(), TestJwt.ops());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("items")).singleElement()
                .satisfies(item -> assertThat(item.get("fulfillmentId").asString()).isEqualTo(fo.getId().toString()));
    }

    @Test
    void anOrderWithoutFulfillmentOrdersListsNone() {
        Response response = get("/api/v1/fulfillments?orderId=" + UUID.randomUUID(), TestJwt.ops());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("items")).isEmpty();
    }

    @Test
    void needsAValidToken() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();
        String path = "/api/v1/fulfillments/" + fo.getId();

        assertProblem(get(path, null), 401);
        assertProblem(get(path, TestJwt.opsSignedByStranger()), 401);
        assertProblem(get(path, TestJwt.expiredOps()), 401);
        assertProblem(get("/api/v1/fulfillments?orderId=" + fo.getOrderId(), null), 401);
    }

    @Test
    void needsTheFulfillmentReadScope() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();
        String channelToken = TestJwt.channel("storefront", TestJwt.CHANNEL_SCOPES.toArray(String[]::new));

        assertProblem(get("/api/v1/fulfillments/" + fo.getId(), channelToken), 403);
        assertProblem(get("/api/v1/fulfillments?orderId=" + fo.getOrderId(), channelToken), 403);
    }

    @Test
    void anUnknownFulfillmentOrderIsNotFound() {
        Response response = get("/api/v1/fulfillments/" + UUID.randomUUID(), TestJwt.ops());

        assertProblem(response, 404);
    }

    @Test
    void aMalformedIdIsABadRequest() {
        Response byId = get("/api/v1/fulfillments/not-a-uuid", TestJwt.ops());
        Response byOrder = get("/api/v1/fulfillments?orderId=42", TestJwt.ops());
        Response noOrder = get("/api/v1/fulfillments", TestJwt.ops());

        assertProblem(byId, 400);
        assertThat(byId.body().get("errors").findValuesAsString("field")).containsExactly("fulfillmentId");
        assertProblem(byOrder, 400);
        assertThat(byOrder.body().get("errors").findValuesAsString("field")).containsExactly("orderId");
        assertProblem(noOrder, 400);
        assertThat(noOrder.body().get("errors").findValuesAsString("field")).containsExactly("orderId");
    }

    @Test
    void documentsTheApiWithSignedWebhooksAndTheirInbox() {
        Response docs = get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.body().get("paths");
        assertThat(paths.has("/api/v1/fulfillments")).isTrue();
        assertThat(paths.has("/api/v1/fulfillments/{fulfillmentId}")).isTrue();
        assertThat(paths.has("/api/v1/webhooks/carriers/{carrier}")).isTrue();
        JsonNode wms = paths.get("/api/v1/webhooks/wms").get("post");
        assertThat(wms.get("description").asString()).contains("SHORT_PICKED", "REJECTED", "webhook inbox");
        assertThat(wms.get("security")).isEmpty();
        assertThat(paths.get("/api/v1/webhooks/inbox").get("get").get("security").toString()).contains("ops");
        assertThat(paths.get("/api/v1/webhooks/inbox/{id}/replay").get("post").get("security").toString())
                .contains("ops");
        assertThat(paths.get("/api/v1/fulfillments/{fulfillmentId}/reject").get("post").get("security").toString())
                .contains("fulfillment:write");
    }

    static void assertProblem(Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("status").asInt()).isEqualTo(status);
    }
}
