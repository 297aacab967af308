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
}
