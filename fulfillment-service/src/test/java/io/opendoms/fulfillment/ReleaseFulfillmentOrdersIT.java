package io.opendoms.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.fulfillment.FulfillmentLine;
import io.opendoms.events.fulfillment.FulfillmentReleased;
import io.opendoms.testkit.TestJwt;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ReleaseFulfillmentOrdersIT extends FulfillmentIntegrationTestSupport {

    @Test
    void releasesOneFulfillmentOrderPerPlannedShipment() {
        UUID orderId = UUID.randomUUID();

        publish(allocated(orderId, shipment("S1", "DC-NJ", "SHIP", "L1", "L2"),
                shipment("S2", "STORE-7", "PICKUP", "L3")));

        List<FulfillmentReleased> released = fulfillmentTopic.awaitEvents(orderId.toString(), TYPE_RELEASED, 2)
                .stream().map(e -> e.payloadAs(FulfillmentReleased.class)).toList();
        assertThat(released).extracting(FulfillmentReleased::locationId, FulfillmentReleased::type)
                .containsExactlyInAnyOrder(tuple("DC-NJ", "SHIP"),
                        tuple("STORE-7", "PICKUP"));
        FulfillmentReleased fromDc = released.stream().filter(r -> r.locationId().equals("DC-NJ")).findFirst()
                .orElseThrow();
        assertThat(fromDc.orderId()).isEqualTo(orderId);
        assertThat(fromDc.lines()).containsExactly(new FulfillmentLine("L1", "SKU-L1", 1),
                new FulfillmentLine("L2", "SKU-L2", 1));
        assertThat(fromDc.carrier()).isEqualTo("UPS");
        assertThat(fromDc.service()).isEqualTo("GROUND");
        assertThat(fromDc.promisedDeliveryDate()).isEqualTo(LocalDate.parse("2026-11-25"));

        Response list = get("/api/v1/fulfillments?orderId=" + orderId, TestJwt.ops());
        assertThat(list.status()).isEqualTo(200);
        JsonNode items = list.body().get("items");
        assertThat(items).hasSize(2);
        assertThat(items).allSatisfy(item -> {
            assertThat(item.get("status").asString()).isEqualTo("RELEASED");
            assertThat(item.get("orderId").asString()).isEqualTo(orderId.toString());
        });
        assertThat(items.findValuesAsString("fulfillmentId")).containsExactlyInAnyOrderElementsOf(
                released.stream().map(r -> r.fulfillmentId().toString()).toList());
    }

    @Test
    void aRedeliveredAllocationReleasesNothingTwice() {
        UUID orderId = UUID.randomUUID();
        EventEnvelope allocation = allocated(orderId, shipment("S1", "DC-NJ", "SHIP", "L1"),
                shipment("S2", "DC-PA", "SHIP", "L2"));

        publish(allocation);
        publish(allocation);
        publish(allocated(orderId, shipment("S1", "DC-NJ", "SHIP", "L1"), shipment("S2", "DC-PA", "SHIP", "L2")));
        // same key, same partition: once this one is released, the ones before it have been handled
        publish(allocated(orderId, shipment("S3", "DC-CA", "SHIP", "L3")));

        List<EventEnvelope> released = fulfillmentTopic.awaitEvents(orderId.toString(), TYPE_RELEASED,
                e -> e.payloadAs(FulfillmentReleased.class).locationId().equals("DC-CA"));
        assertThat(released).extracting(e -> e.payloadAs(FulfillmentReleased.class).locationId())
                .containsExactlyInAnyOrder("DC-NJ", "DC-PA", "DC-CA");
        assertThat(get("/api/v1/fulfillments?orderId=" + orderId, TestJwt.ops()).body().get("items")).hasSize(3);
    }
}
