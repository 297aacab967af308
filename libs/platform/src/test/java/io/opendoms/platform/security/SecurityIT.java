package io.opendoms.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.platform.support.Http;
import io.opendoms.platform.support.PlatformIT;
import io.opendoms.testkit.TestJwt;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SecurityIT extends PlatformIT {

    private static final String WIDGETS = "/api/v1/widgets?limit=5";

    @Test
    void noTokenIs401() {
        Http.Response response = http().get(WIDGETS);
        assertProblem(response, 401, "A bearer access token is required.");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void tokenFromAnUntrustedKeyIs401() {
        assertProblem(http().bearer(TestJwt.signedByStranger("storefront", "orders:read")).get(WIDGETS), 401,
                "The access token is invalid or expired.");
    }

    @Test
    void expiredTokenIs401() {
        assertProblem(http().bearer(TestJwt.expired("storefront", "orders:read")).get(WIDGETS), 401,
                "The access token is invalid or expired.");
    }

    @Test
    void garbageTokenIs401() {
        assertProblem(http().bearer("not.a.jwt").get(WIDGETS), 401, "The access token is invalid or expired.");
    }

    @Test
    void missingScopeIs403() {
        assertProblem(http().bearer(TestJwt.channel("storefront", "returns:read")).get(WIDGETS), 403,
                "The access token lacks a scope this operation needs.");
    }

    @Test
    void rightScopePasses() {
        assertThat(http().bearer(TestJwt.channel("storefront", "orders:read")).get(WIDGETS).status()).isEqualTo(200);
    }

    @Test
    void publicPathsNeedNoToken() {
        assertThat(http().get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void currentClientReflectsTheToken() {
        JsonNode channel = http().bearer(TestJwt.token("marketplace", "marketplace",
                List.of("orders:read", "returns:read"), Duration.ofMinutes(5))).get("/api/v1/widgets/me").json();
        assertThat(channel.get("clientId").asString()).isEqualTo("marketplace");
        assertThat(channel.get("channel").asString()).isEqualTo("marketplace");
        assertThat(channel.get("ops").asBoolean()).isFalse();

        JsonNode ops = http().bearer(TestJwt.ops()).get("/api/v1/widgets/me").json();
        assertThat(ops.get("clientId").asString()).isEqualTo("ops");
        assertThat(ops.get("channel").isNull()).isTrue();
        assertThat(ops.get("ops").asBoolean()).isTrue();
    }

    private static void assertProblem(Http.Response response, int status, String detail) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isEqualTo(detail);
    }
}
