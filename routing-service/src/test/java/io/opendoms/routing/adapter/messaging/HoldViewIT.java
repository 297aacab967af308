package io.opendoms.routing.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opendoms.events.inventory.HoldEnded;
import io.opendoms.events.inventory.HoldPlaced;
import io.opendoms.routing.application.port.out.HoldViewPort;
import io.opendoms.routing.domain.HeldUnits;
import io.opendoms.routing.support.RoutingIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Routing learns checkout holds from inventory's events, and forgets them when they end. */
class HoldViewIT extends RoutingIntegrationTest {

    @Autowired
    HoldViewPort holds;

    @Test
    void aPlacedHoldIsKnownUntilItEndsOrExpires() {
        UUID holdId = UUID.randomUUID();
        Instant expiresAt = Instant.now().plus(Duration.ofMinutes(15));

        publish(new HoldPlaced(holdId, expiresAt, List.of(new HoldPlaced.Line("STORE-9", "SKU-1", 2),
                new HoldPlaced.Line("DC-1", "SKU-2", 1))));

        await().atMost(Duration.ofSeconds(30)).until(() -> holds.held(holdId, Instant.now()).size() == 2);
        assertThat(holds.held(holdId, Instant.now())).containsExactly(new HeldUnits("DC-1", "SKU-2", 1),
                new HeldUnits("STORE-9", "SKU-1", 2));
        assertThat(holds.held(holdId, expiresAt.plusSeconds(1))).as("past its expiry").isEmpty();

        publish(new HoldEnded(holdId, HoldEnded.RELEASED, null));

        await().atMost(Duration.ofSeconds(30)).until(() -> holds.held(holdId, Instant.now()).isEmpty());
    }
}
