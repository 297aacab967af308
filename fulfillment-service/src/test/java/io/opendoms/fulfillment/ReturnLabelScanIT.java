package io.opendoms.fulfillment;

import static io.opendoms.fulfillment.FulfillmentApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.Topics;
import io.opendoms.events.fulfillment.ReturnLabelScanned;
import io.opendoms.events.returns.ReturnAuthorized;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The carrier webhook serves return labels too: their scans are passed on for returns to follow. */
class ReturnLabelScanIT extends FulfillmentIntegrationTestSupport {

    private static final String SCANNED = "fulfillment.return-label-scanned";

    @Test
    void aScanOfAReturnLabelIsPassedOnOnce() {
        UUID orderId = UUID.randomUUID();
        UUID returnId = UUID.randomUUID();
        String label = "RT" + newTrackingNumber();
        publishOn(Topics.RETURNS, EventEnvelope.wrap(new ReturnAuthorized(returnId, orderId, "MAIL", null, "UPS", label,
                List.of(new ReturnAuthorized.Line("1", "SKU-1", 1)), new BigDecimal("17.99"), "USD", Instant.now()),
                "it", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from return_label where tracking_number = ?", Integer.class, label) == 1);
        Map<String, Object> scan = carrierEvent(label, "IN_TRANSIT");

        Response first = carrier("ups", scan);
        Response again = carrier("UPS", scan);

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.body().get("status").asString()).isEqualTo("duplicate");
        List<EventEnvelope> events = fulfillmentTopic.awaitEvents(orderId.toString(), SCANNED, 1);
        assertThat(events.getFirst().payloadAs(ReturnLabelScanned.class)).satisfies(s -> {
            assertThat(s.returnId()).isEqualTo(returnId);
            assertThat(s.trackingNumber()).isEqualTo(label);
            assertThat(s.status()).isEqualTo("IN_TRANSIT");
        });
        assertProblem(carrier("FEDEX", carrierEvent(label, "IN_TRANSIT")), 404);
    }
}
