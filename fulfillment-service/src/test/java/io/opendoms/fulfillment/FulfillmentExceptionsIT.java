package io.opendoms.fulfillment;

import static io.opendoms.fulfillment.FulfillmentApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.events.fulfillment.FulfillmentExceptionCleared;
import io.opendoms.events.fulfillment.FulfillmentExceptionRaised;
import io.opendoms.fulfillment.adapter.scheduling.FulfillmentExceptionJob;
import io.opendoms.fulfillment.application.FulfillmentExceptionsUseCase;
import io.opendoms.fulfillment.config.FulfillmentExceptionProperties;
import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.testkit.TestJwt;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * LATE and STUCK raised by the job with a clock of the test's choosing, cleared by the next updates; DELIVERY_EXCEPTION
 * and REJECTED raised (and the former cleared) by webhooks. The released fulfillment orders are promised for
 * 2026-11-25.
 */
class FulfillmentExceptionsIT extends FulfillmentIntegrationTestSupport {

    private static final String RAISED = "fulfillment.exception-raised";
    private static final String CLEARED = "fulfillment.exception-cleared";
    private static final Duration STUCK_AFTER = Duration.ofHours(48);

    @Autowired
    FulfillmentExceptionsUseCase exceptions;

    @Test
    void lateAndStuckAreRaisedByTheJobAndClearedByTheNextUpdates() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();

        jobAt(Instant.now().plus(Duration.ofHours(47))).detectNow();
        assertThat(openKinds(fo.getId())).doesNotContain("STUCK");

        jobAt(Instant.now().plus(Duration.ofHours(49))).detectNow();
        assertThat(openKinds(fo.getId())).containsExactlyInAnyOrder("LATE", "STUCK");
        jobAt(Instant.now().plus(Duration.ofHours(50))).detectNow();
        assertThat(openKinds(fo.getId())).as("raised once per kind while open")
                .containsExactlyInAnyOrder("LATE", "STUCK");
        List<FulfillmentExceptionRaised> raised = fulfillmentTopic
                .awaitEvents(fo.getOrderId().toString(), RAISED, 2).stream()
                .map(e -> e.payloadAs(FulfillmentExceptionRaised.class)).toList();
        assertThat(raised).extracting(FulfillmentExceptionRaised::kind).containsExactlyInAnyOrder("LATE", "STUCK");
        assertThat(raised).allSatisfy(e -> {
            assertThat(e.fulfillmentId()).isEqualTo(fo.getId());
            assertThat(e.locationId()).isEqualTo("DC-NJ");
        });

        // any update clears STUCK; LATE waits for the delivery
        wms(wmsEvent("PICKED", fo.getId(), null));
        assertThat(openKinds(fo.getId())).containsExactly("LATE");
        String trackingNumber = ship(fo);
        carrier("UPS", carrierEvent(trackingNumber, "DELIVERED"));
        assertThat(openKinds(fo.getId())).isEmpty();

        List<FulfillmentExceptionCleared> cleared = fulfillmentTopic
                .awaitEvents(fo.getOrderId().toString(), CLEARED, 2).stream()
                .map(e -> e.payloadAs(FulfillmentExceptionCleared.class)).toList();
        assertThat(cleared).extracting(FulfillmentExceptionCleared::kind).containsExactlyInAnyOrder("LATE", "STUCK");
        assertThat(cleared).extracting(FulfillmentExceptionCleared::clearedBy).containsOnly("RESOLVED");

        // a delivered one is neither late nor stuck any more
        jobAt(Instant.now().plus(Duration.ofDays(10))).detectNow();
        assertThat(openKinds(fo.getId())).isEmpty();
    }

    @Test
    void notShippedByTheEndOfItsShipDateThereIsLateUntilItShipsInTimeForItsPromise() {
        jdbc.update("""
                insert into known_location (location_id, wms_partner_id, time_zone, updated_at)
                values ('DC-LA', null, 'America/Los_Angeles', now()) on conflict do nothing""");
        // the ship date's end in Los Angeles is behind the webhooks below (they run at the real time), the
        // promised date ahead of them
        LocalDate shipDate = LocalDate.now(ZoneOffset.UTC).minusDays(2);
        FulfillmentOrder fo = aReleasedFulfillmentOrderAt("DC-LA", shipDate, shipDate.plusDays(4));
        Instant midnightInLosAngeles = shipDate.plusDays(1).atStartOfDay(ZoneId.of("America/Los_Angeles")).toInstant();
        assertThat(get("/api/v1/fulfillments/" + fo.getId(), TestJwt.ops()).body().get("shipDate").asString())
                .isEqualTo(shipDate.toString());

        // midnight in UTC is not midnight in Los Angeles: not late yet
        jobAt(shipDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()).detectNow();
        assertThat(openKinds(fo.getId())).doesNotContain("LATE");

        jobAt(midnightInLosAngeles).detectNow();
        assertThat(openKinds(fo.getId())).contains("LATE");
        FulfillmentExceptionRaised late = fulfillmentTopic.awaitEvents(fo.getOrderId().toString(), RAISED,
                        e -> e.payloadAs(FulfillmentExceptionRaised.class).kind().equals("LATE"))
                .stream().map(e -> e.payloadAs(FulfillmentExceptionRaised.class))
                .filter(e -> e.kind().equals("LATE")).findFirst().orElseThrow();
        assertThat(late.detail()).isEqualTo("not shipped by " + shipDate + " (status RELEASED)");

        // picked is still not shipped; shipped a day late is in time for the promised date: no longer late
        wms(wmsEvent("PICKED", fo.getId(), null));
        assertThat(openKinds(fo.getId())).contains("LATE");
        ship(fo);
        assertThat(openKinds(fo.getId())).doesNotContain("LATE");
        fulfillmentTopic.awaitEvents(fo.getOrderId().toString(), CLEARED,
                e -> e.payloadAs(FulfillmentExceptionCleared.class).kind().equals("LATE"));
    }

    @Test
    void aDeliveryExceptionIsRaisedAndClearedByCarrierWebhooks() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();
        String trackingNumber = ship(fo);

        carrier("UPS", carrierEvent(trackingNumber, "EXCEPTION"));
        carrier("UPS", carrierEvent(trackingNumber, "EXCEPTION"));
        assertThat(openKinds(fo.getId())).containsExactly("DELIVERY_EXCEPTION");
        List<FulfillmentExceptionRaised> raised = fulfillmentTopic.awaitEvents(fo.getOrderId().toString(), RAISED,
                        e -> e.payloadAs(FulfillmentExceptionRaised.class).kind().equals("DELIVERY_EXCEPTION"))
                .stream().map(e -> e.payloadAs(FulfillmentExceptionRaised.class))
                .filter(e -> e.kind().equals("DELIVERY_EXCEPTION")).toList();
        assertThat(raised).singleElement().satisfies(e -> assertThat(e.detail()).contains(trackingNumber));

        carrier("UPS", carrierEvent(trackingNumber, "DELIVERED"));
        assertThat(openKinds(fo.getId())).isEmpty();
        fulfillmentTopic.awaitEvents(fo.getOrderId().toString(), CLEARED,
                e -> e.payloadAs(FulfillmentExceptionCleared.class).kind().equals("DELIVERY_EXCEPTION"));
    }

    @Test
    void aRejectionStaysOpenUntilOpsClearIt() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();
        wms(wmsEvent("REJECTED", fo.getId(), null));
        assertThat(openKinds(fo.getId())).containsExactly("REJECTED");
        UUID exceptionId = jdbc.queryForObject(
                "select id from fulfillment_exception where fulfillment_id = ? and kind = 'REJECTED'", UUID.class,
                fo.getId());

        Response open = get("/api/v1/fulfillments/exceptions?open=true&size=100", TestJwt.ops());
        assertThat(open.status()).isEqualTo(200);
        assertThat(ids(open.body())).contains(exceptionId.toString());

        Response cleared = postBearer("/api/v1/fulfillments/exceptions/" + exceptionId + "/clear", TestJwt.ops(), null);
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.body().get("clearedAt").isNull()).isFalse();
        assertThat(openKinds(fo.getId())).isEmpty();
        fulfillmentTopic.awaitEvents(fo.getOrderId().toString(), CLEARED, e -> {
            FulfillmentExceptionCleared c = e.payloadAs(FulfillmentExceptionCleared.class);
            return c.exceptionId().equals(exceptionId) && c.clearedBy().equals("ACKNOWLEDGED");
        });
        Response again = postBearer("/api/v1/fulfillments/exceptions/" + exceptionId + "/clear", TestJwt.ops(), null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("clearedAt").asString()).isEqualTo(cleared.body().get("clearedAt").asString());
        assertThat(ids(get("/api/v1/fulfillments/exceptions?open=true&size=100", TestJwt.ops()).body()))
                .doesNotContain(exceptionId.toString());
        assertThat(ids(get("/api/v1/fulfillments/exceptions?open=false&size=100", TestJwt.ops()).body()))
                .contains(exceptionId.toString());
    }

    @Test
    void theExceptionListIsForOpsAndChecksItsParameters() {
        assertProblem(get("/api/v1/fulfillments/exceptions?open=maybe", TestJwt.ops()), 400);
        assertProblem(get("/api/v1/fulfillments/exceptions?size=0", TestJwt.ops()), 400);
        assertProblem(get("/api/v1/fulfillments/exceptions",
                TestJwt.channel("web", "fulfillment:read")), 403);
        assertProblem(postBearer("/api/v1/fulfillments/exceptions/" + UUID.randomUUID() + "/clear", TestJwt.ops(),
                null), 404);
        assertProblem(postBearer("/api/v1/fulfillments/exceptions/not-a-uuid/clear", TestJwt.ops(), null), 400);
    }

    private List<String> openKinds(UUID fulfillmentId) {
        return jdbc.queryForList("select kind from fulfillment_exception where fulfillment_id = ? and cleared_at is null",
                String.class, fulfillmentId);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new java.util.ArrayList<>();
        for (JsonNode item : page.get("items")) {
            ids.add(item.get("id").asString());
        }
        return ids;
    }

    private FulfillmentExceptionJob jobAt(Instant now) {
        return new FulfillmentExceptionJob(exceptions, new FulfillmentExceptionProperties(STUCK_AFTER,
                Duration.ofMinutes(5)), Clock.fixed(now, ZoneOffset.UTC));
    }
}
