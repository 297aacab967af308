package io.opendoms.platform.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.events.EventJson;
import io.opendoms.platform.support.Http;
import io.opendoms.platform.support.PlatformIT;
import io.opendoms.testkit.TestJwt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CorrelationIdIT extends PlatformIT {

    @Test
    void saneIdIsEchoed() {
        Http.Response response = http().header(Correlation.HEADER, "abc-123_X.y").get("/actuator/health");
        assertThat(response.header(Correlation.HEADER)).isEqualTo("abc-123_X.y");
    }

    @Test
    void missingOrUnsafeIdIsReplacedByANewOne() {
        String generated = http().get("/actuator/health").header(Correlation.HEADER);
        assertThat(UUID.fromString(generated)).isNotNull();
        String replaced = http().header(Correlation.HEADER, "x".repeat(65)).get("/actuator/health")
                .header(Correlation.HEADER);
        assertThat(replaced).hasSize(36);
        assertThat(http().header(Correlation.HEADER, "a b<script>").get("/actuator/health").header(Correlation.HEADER))
                .hasSize(36);
    }

    @Test
    void rejectedRequestsCarryTheIdToo() {
        assertThat(http().header(Correlation.HEADER, "denied-1").get("/api/v1/widgets?limit=1")
                .header(Correlation.HEADER)).isEqualTo("denied-1");
    }

    @Test
    void eventsAppendedByARequestCarryItsId() {
        String id = "corr-" + UUID.randomUUID();
        Http.Response response = http().bearer(TestJwt.ops()).header("Idempotency-Key", "k")
                .header(Correlation.HEADER, id).post("/api/v1/widgets", "{\"name\":\"c-" + id + "\",\"quantity\":3}");
        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("correlationId").asString()).isEqualTo(id);
        String payload = jdbc.queryForObject("SELECT payload FROM platform_outbox WHERE event_id = ?::uuid",
                String.class, response.json().get("eventId").asString());
        assertThat(EventJson.decode(payload).correlationId()).isEqualTo(id);
    }
}
