package io.opendoms.order.it;

import static io.opendoms.order.it.OrderRequests.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.events.inventory.HoldEnded;
import io.opendoms.events.inventory.HoldPlaced;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** An order naming a checkout hold: known and live at capture, or refused; its end told on the timeline. */
class CheckoutHoldIT extends OrderServiceIT {

    private UUID placedHold(Instant expiresAt) {
        UUID holdId = UUID.randomUUID();
        publish(new HoldPlaced(holdId, expiresAt, List.of(new HoldPlaced.Line("STORE-1", "SKU-1", 2))));
        await().until(() -> jdbc.queryForObject("select count(*) from checkout_hold_view where hold_id = ?",
                Integer.class, holdId) == 1);
        return holdId;
    }

    private static ObjectNode naming(UUID holdId) {
        ObjectNode order = anOrder();
        order.put("reservationId", holdId.toString());
        return order;
    }

    @Test
    void anOrderNamingALiveHoldIsCapturedWithIt() {
        UUID holdId = placedHold(Instant.now().plus(Duration.ofMinutes(15)));

        Http.Response placed = place(STOREFRONT, UUID.randomUUID().toString(), naming(holdId));

        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        assertThat(placed.json().get("reservationId").asString()).isEqualTo(holdId.toString());
    }

    @Test
    void anUnknownEndedOrExpiredHoldIs422AndNothingIsCaptured() {
        UUID ended = placedHold(Instant.now().plus(Duration.ofMinutes(15)));
        publish(new HoldEnded(ended, HoldEnded.RELEASED, null));
        await().until(() -> jdbc.queryForObject("select count(*) from checkout_hold_view where hold_id = ? "
                + "and ended is not null", Integer.class, ended) == 1);
        UUID expired = placedHold(Instant.now().minusSeconds(1));
        int orders = rowCounts().get("orders");

        Http.Response unknown = place(STOREFRONT, UUID.randomUUID().toString(), naming(UUID.randomUUID()));
        Http.Response endedAnswer = place(STOREFRONT, UUID.randomUUID().toString(), naming(ended));
        Http.Response expiredAnswer = place(STOREFRONT, UUID.randomUUID().toString(), naming(expired));

        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("errors").findValuesAsString("message"))
                .containsExactly("is not a known checkout hold");
        assertThat(endedAnswer.json().get("errors").findValuesAsString("message"))
                .containsExactly("names a checkout hold that has ended (RELEASED)");
        assertThat(expiredAnswer.json().get("errors").findValuesAsString("message"))
                .containsExactly("names a checkout hold that has expired");
        assertThat(rowCounts().get("orders")).isEqualTo(orders);
    }

    @Test
    void aHoldThatExpiresBeforeSourcingIsToldOnTheTimelineAndAReplayStillAnswers() {
        UUID holdId = placedHold(Instant.now().plus(Duration.ofMinutes(15)));
        String key = UUID.randomUUID().toString();
        ObjectNode order = naming(holdId);
        UUID orderId = UUID.fromString(place(STOREFRONT, key, order).json().get("id").asString());

        publish(new HoldEnded(holdId, HoldEnded.EXPIRED, null));

        await().until(() -> timeline(orderId).findValuesAsString("type").contains("CHECKOUT_HOLD_ENDED"));
        assertThat(timeline(orderId).findValuesAsString("detail")).contains("Checkout hold " + holdId
                + " expired before sourcing took it over; the order is sourced from available stock");
        Http.Response replay = place(STOREFRONT, key, order);
        assertThat(replay.header("Idempotent-Replayed")).as("the same request again answers the order").isEqualTo("true");
        assertThat(replay.json().get("id").asString()).isEqualTo(orderId.toString());
    }
}
