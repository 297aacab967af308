package io.opendoms.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Bad requests get RFC 9457 problem details with a 4xx, never a 5xx, and change nothing. */
@SystemStack.Test
class ErrorsIT {

  private final Gateway api;

  ErrorsIT(Gateway api) {
    this.api = api;
  }

  @Test
  void malformedJsonIsABadRequest() {
    Gateway.Response response = api.postRaw("/api/v1/orders", api.token("storefront"), "{\"customer\": {",
        "Idempotency-Key", Fixtures.idempotencyKey());

    assertProblem(response, 400);
  }

  @Test
  void missingFieldsAreNamed() {
    Gateway.Response response = api.post("/api/v1/orders", api.token("storefront"),
        Map.of("currency", "USD", "lines", List.of()), "Idempotency-Key", Fixtures.idempotencyKey());

    assertProblem(response, 400, 422);
    List<String> fields = new ArrayList<>();
    response.json().path("errors").forEach(error -> fields.add(error.path("field").asString()));
    assertThat(fields).anyMatch(field -> field.startsWith("customer"))
        .anyMatch(field -> field.startsWith("shippingAddress"))
        .anyMatch(field -> field.startsWith("deliveryMethod"));
  }

  @Test
  void noTokenIsUnauthorized() {
    assertProblem(api.get("/api/v1/orders/" + UUID.randomUUID(), null), 401);
  }

  @Test
  void aChannelTokenCannotWriteStock() {
    String path = "/api/v1/stock/DC-NJ-EDISON/" + Fixtures.HAPPY_SKU_2;
    JsonNode before = api.get(path, api.token("ops")).json();

    Gateway.Response response = api.put(path, api.token("storefront"), Map.of("onHand", 1));

    assertProblem(response, 403);
    assertThat(api.get(path, api.token("ops")).json().path("onHand")).isEqualTo(before.path("onHand"));
  }

  @Test
  void aForgedWebhookSignatureIsUnauthorized() {
    String body = wmsEvent();

    assertProblem(api.webhookSignedAt("/api/v1/webhooks/wms", "not-the-secret", Instant.now(), body), 401);
  }

  @Test
  void aStaleWebhookIsUnauthorized() {
    String body = wmsEvent();

    assertProblem(api.webhookSignedAt("/api/v1/webhooks/wms", Gateway.WMS_SECRET,
        Instant.now().minusSeconds(600), body), 401);
  }

  @Test
  void anUnknownOrderIsNotFound() {
    assertProblem(api.get("/api/v1/orders/" + UUID.randomUUID(), api.token("storefront")), 404);
  }

  private static String wmsEvent() {
    return Gateway.JSON.writeValueAsString(Map.of(
        "eventId", UUID.randomUUID().toString(), "type", "SHIPPED", "fulfillmentId", UUID.randomUUID().toString(),
        "occurredAt", Instant.now().toString(), "carrier", "PARCEL_A", "trackingNumber", "1ZFORGED0000000001"));
  }

  private static void assertProblem(Gateway.Response response, Integer... statuses) {
    assertThat(response.status()).as("%s", response).isIn((Object[]) statuses);
    assertThat(response.contentType()).as("%s", response).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.path("status").asInt()).as("%s", response).isEqualTo(response.status());
    assertThat(problem.path("title").asString()).as("%s", response).isNotBlank();
  }
}
