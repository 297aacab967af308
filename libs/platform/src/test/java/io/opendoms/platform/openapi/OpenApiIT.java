package io.opendoms.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.platform.support.Http;
import io.opendoms.platform.support.PlatformIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OpenApiIT extends PlatformIT {

    @Test
    void documentUsesARelativeServerAndBearerJwt() {
        JsonNode doc = document();
        assertThat(doc.get("info").get("title").asString()).isEqualTo("platform-test");
        assertThat(doc.get("servers")).hasSize(1);
        assertThat(doc.get("servers").get(0).get("url").asString()).isEqualTo("/");
        JsonNode scheme = doc.get("components").get("securitySchemes").get(OpenApiAutoConfiguration.SECURITY_SCHEME);
        assertThat(scheme.get("type").asString()).isEqualTo("http");
        assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
        assertThat(doc.get("security").valueStream().map(requirement -> requirement.propertyNames().iterator().next()))
                .containsExactly(OpenApiAutoConfiguration.OAUTH2_SCHEME, OpenApiAutoConfiguration.SECURITY_SCHEME);
    }

    @Test
    void documentOffersTheClientCredentialsFlowOfTheGateway() {
        JsonNode scheme = document().path("components").path("securitySchemes")
                .path(OpenApiAutoConfiguration.OAUTH2_SCHEME);

        assertThat(scheme.path("type").asString()).isEqualTo("oauth2");
        JsonNode flow = scheme.path("flows").path("clientCredentials");
        assertThat(flow.path("tokenUrl").asString()).isEqualTo("/oauth2/token");
        assertThat(flow.path("scopes").propertyNames()).contains("orders:read", "orders:write", "inventory:write",
                "routing:read", "fulfillment:write", "returns:write", "ops");
    }

    @Test
    void documentsTheScopeAndTheErrorsOfASecuredOperation() {
        JsonNode get = document().path("paths").path("/api/v1/widgets/{id}").path("get");

        assertThat(get.path("security").valueStream().map(JsonNode::toString))
                .containsExactly("{\"oauth2\":[\"orders:read\"]}", "{\"bearer-jwt\":[]}");
        assertThat(get.path("description").asString()).contains("`orders:read`");
        assertThat(get.path("responses").propertyNames()).contains("400", "401", "403", "404", "429")
                .doesNotContain("422");
        assertProblem(get.path("responses").path("401"));
        assertProblem(get.path("responses").path("404"));
    }

    @Test
    void documentsTheBodyErrorsOfAnOperationWithABody() {
        JsonNode post = document().path("paths").path("/api/v1/widgets").path("post");

        assertThat(post.path("security").get(0).path("oauth2").get(0).asString()).isEqualTo("orders:write");
        assertThat(post.path("responses").propertyNames()).contains("400", "401", "403", "422", "429")
                .doesNotContain("404");
        assertProblem(post.path("responses").path("422"));
        JsonNode problem = document().path("components").path("schemas").path(OpenApiAutoConfiguration.PROBLEM_SCHEMA);
        assertThat(problem.path("properties").propertyNames()).contains("type", "title", "status", "detail", "errors");
    }

    @Test
    void needsNoTokenForAWebhook() {
        JsonNode webhook = document().path("paths").path("/api/v1/webhooks/test").path("post");

        assertThat(webhook.path("security").isArray()).isTrue();
        assertThat(webhook.path("security")).isEmpty();
        assertThat(webhook.path("responses").has("403")).isFalse();
    }

    private static void assertProblem(JsonNode response) {
        assertThat(response.path("description").asString()).isNotBlank();
        assertThat(response.path("content").propertyNames()).containsExactly("application/problem+json");
        assertThat(response.path("content").path("application/problem+json").path("schema").path("$ref").asString())
                .isEqualTo("#/components/schemas/Problem");
    }

    private JsonNode document() {
        Http.Response response = http().get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }
}
