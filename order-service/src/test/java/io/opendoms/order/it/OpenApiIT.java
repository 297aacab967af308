package io.opendoms.order.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OpenApiIT extends OrderServiceIT {

    @Test
    void documentsTheOrdersApiAndItsErrorRule() {
        Http.Response docs = http().get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.has("/api/v1/orders")).isTrue();
        assertThat(paths.has("/api/v1/orders/{orderId}")).isTrue();
        assertThat(paths.has("/api/v1/orders/{orderId}/timeline")).isTrue();
        JsonNode create = paths.get("/api/v1/orders").get("post");
        assertThat(create.get("description").asString()).contains("422", "400", "Idempotency-Key");
        assertThat(create.get("responses").has("422")).isTrue();
        assertThat(create.get("parameters").toString()).contains("Idempotency-Key");
    }

    @Test
    void documentsTheScopeErrorsAndAnExampleOfEachOperation() {
        JsonNode doc = http().get("/v3/api-docs", null).json();
        JsonNode create = doc.get("paths").get("/api/v1/orders").get("post");

        assertThat(create.get("security").get(0).get("oauth2").get(0).asString()).isEqualTo("orders:write");
        assertThat(create.get("description").asString()).contains("`orders:write`");
        assertThat(create.get("responses").propertyNames()).contains("400", "401", "403", "409", "422", "429");
        assertThat(create.get("responses").get("409").get("content").get("application/problem+json")
                .get("schema").get("$ref").asString()).isEqualTo("#/components/schemas/Problem");
        JsonNode body = doc.get("components").get("schemas").get("PlaceOrderRequest");
        assertThat(body.get("example").get("lines").get(0).get("sku").asString()).isEqualTo("SKU-1");
        JsonNode get = doc.get("paths").get("/api/v1/orders/{orderId}").get("get");
        assertThat(get.get("responses").propertyNames()).contains("401", "403", "404", "429");
    }
}
