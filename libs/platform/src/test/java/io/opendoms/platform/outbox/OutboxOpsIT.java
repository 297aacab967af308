package io.opendoms.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.platform.support.Http;
import io.opendoms.platform.support.PlatformIT;
import io.opendoms.testkit.TestJwt;
import org.junit.jupiter.api.Test;

/** Ops see the outbox's backlog and held rows; nobody else does. */
class OutboxOpsIT extends PlatformIT {

    @Test
    void opsReadTheOutboxThroughTheActuator() {
        Http.Response response = http().bearer(TestJwt.ops()).get("/actuator/outbox");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().has("pending")).isTrue();
        assertThat(response.json().has("held")).isTrue();
        assertThat(response.json().get("heldRows").isArray()).isTrue();
    }

    @Test
    void theOutboxAndMetricsAreOpsOnly() {
        assertThat(http().get("/actuator/outbox").status()).isEqualTo(401);
        assertThat(http().bearer(TestJwt.channel("storefront", "orders:read")).get("/actuator/outbox").status())
                .isEqualTo(403);
        assertThat(http().bearer(TestJwt.channel("storefront", "orders:read")).get("/actuator/metrics").status())
                .isEqualTo(403);
        Http.Response metric = http().bearer(TestJwt.ops()).get("/actuator/metrics/opendoms.outbox.pending");
        assertThat(metric.status()).as(metric.body()).isEqualTo(200);
    }
}
