package io.opendoms.routing.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.routing.engine.DistanceRatedService;
import io.opendoms.routing.engine.LocationType;
import io.opendoms.routing.engine.RoutingPolicy;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutingPropertiesTest {

    @Test
    void nothingConfiguredMeansTheDocumentedDefaults() {
        RoutingProperties none = new RoutingProperties(null, null, null, null, null, null, null, null, null, null);

        assertThat(none.toPolicy()).isEqualTo(RoutingPolicy.defaults());
    }

    @Test
    void configuredValuesReplaceTheDefaultsTheyName() {
        RoutingProperties some = new RoutingProperties(null,
                List.of(new RoutingProperties.Service("BIKE", "SAME_DAY", null, null, null, new BigDecimal("5"),
                        new BigDecimal("0.5"), 10.0, Set.of(LocationType.STORE), 0)),
                Map.of(LocationType.STORE, new RoutingProperties.Handling(BigDecimal.ONE, BigDecimal.ZERO)),
                null, new BigDecimal("2.50"), 2, false, null, ZoneId.of("America/Denver"),
                Map.of("marketplace", new RoutingProperties.ChannelRule(Set.of(LocationType.DISTRIBUTION_CENTER))));

        RoutingPolicy policy = some.toPolicy();

        assertThat(policy.services()).singleElement().isInstanceOf(DistanceRatedService.class);
        assertThat(policy.handling()).containsOnlyKeys(LocationType.STORE);
        assertThat(policy.splitPenalty()).isEqualByComparingTo("2.50");
        assertThat(policy.maxShipments()).isEqualTo(2);
        assertThat(policy.allowLineSplit()).isFalse();
        assertThat(policy.defaultTimeZone()).isEqualTo(ZoneId.of("America/Denver"));
        assertThat(policy.allows("marketplace", LocationType.STORE)).isFalse();
        assertThat(policy.allows("storefront", LocationType.STORE)).isTrue();
        assertThat(policy.zonesKm()).isEqualTo(RoutingPolicy.defaults().zonesKm());
        assertThat(policy.serviceLevelDays()).isEqualTo(RoutingPolicy.defaults().serviceLevelDays());
    }
}
