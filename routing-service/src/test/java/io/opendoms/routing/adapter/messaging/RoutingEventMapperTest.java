package io.opendoms.routing.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.events.inventory.LocationUpserted;
import io.opendoms.events.routing.OrderAllocated;
import io.opendoms.routing.engine.Capability;
import io.opendoms.routing.domain.DecisionTrigger;
import io.opendoms.routing.engine.Explanation;
import io.opendoms.routing.engine.Location;
import io.opendoms.routing.engine.LocationType;
import io.opendoms.routing.engine.OrderLine;
import io.opendoms.routing.engine.Plan;
import io.opendoms.routing.domain.RoutingDecision;
import io.opendoms.routing.engine.UnallocationReason;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoutingEventMapperTest {

    private final RoutingEventMapper mapper = new RoutingEventMapperImpl();

    @Test
    void anAllocationWithoutShipmentsHasAnEmptyListNotNull() {
        RoutingDecision decision = RoutingDecision.decide(UUID.randomUUID(), UUID.randomUUID(),
                DecisionTrigger.ORDER_RECEIVED, 1,
                Plan.nothing(List.of(new OrderLine("1", "A", 1)), UnallocationReason.NO_STOCK, Explanation.none()),
                Instant.EPOCH);

        OrderAllocated event = mapper.toOrderAllocated(decision);

        assertThat(event.shipments()).isEmpty();
        assertThat(event.unallocated()).singleElement()
                .isEqualTo(new io.opendoms.events.routing.UnallocatedLine("1", "A", 1, "NO_STOCK"));
    }

    @Test
    void readsALocationWithItsLocalCutoffAndCapabilities() {
        Location location = mapper.toLocation(new LocationUpserted("DC-1", "DC", "DISTRIBUTION_CENTER", "07001",
                "US", 40.5, -74.4, "America/New_York", List.of("SHIP", "RETURNS"), "15:30", null, true, null));

        assertThat(location.id()).isEqualTo("DC-1");
        assertThat(location.type()).isEqualTo(LocationType.DISTRIBUTION_CENTER);
        assertThat(location.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(location.cutoffTime()).isEqualTo(LocalTime.of(15, 30));
        assertThat(location.capabilities()).containsExactlyInAnyOrder(Capability.SHIP, Capability.RETURNS);
        assertThat(location.position().latitude()).isEqualTo(40.5);
    }
}
