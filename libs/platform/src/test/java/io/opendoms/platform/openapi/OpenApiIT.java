package io.opendoms.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.platform.support.Http;
import io.opendoms.platform.support.PlatformIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OpenApiIT extends PlatformIT {

    @Test
    void documentUsesARelativeServerAndBearerJwt() {
        Http.Response response = http().get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        JsonNode doc = response.json();
        assertThat(doc.get("info").get("title").asString()).isEqualTo("platform-test");
        assertThat(doc.get("servers")).hasSize(1);
        assertThat(doc.get("servers").get(0).get("url").asString()).isEqualTo("/");
        JsonNode scheme = doc.get("components").get("securitySchemes").get(OpenApiAutoConfiguration.SECURITY_SCHEME);
        assertThat(scheme.get("type").asString()).isEqualTo("http");
        assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
        assertThat(doc.get("security").get(0).has(OpenApiAutoConfiguration.SECURITY_SCHEME)).isTrue();
    }
}
