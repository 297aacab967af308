package io.opendoms.routing.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.routing.application.port.out.CapacityPort;
import io.opendoms.routing.engine.Capability;
import io.opendoms.routing.engine.DeliveryMethod;
import io.opendoms.routing.engine.GeoPoint;
import io.opendoms.routing.engine.Location;
import io.opendoms.routing.engine.LocationType;
import io.opendoms.routing.engine.Network;
import io.opendoms.routing.engine.OrderLine;
import io.opendoms.routing.engine.ServiceLevel;
import io.opendoms.routing.engine.SourcingProblem;
import io.opendoms.routing.engine.SourcingProblem.LocationDay;
import io.opendoms.routing.engine.StockKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DailyCapacityTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T15:00:00Z");
    private static final LocalDate MONDAY_DATE = LocalDate.parse("2026-11-23");

    private final RecordingCapacity port = new RecordingCapacity();
    private final DailyCapacity capacity = new DailyCapacity(port);

    @Test
    void readsTheCountsOfTheCandidatesWithACapacityOnlyInOneQuery() {
        Network network = network(location("CAPPED", 2), location("UNLIMITED", null), location("ELSEWHERE", 1));
        port.answer = Map.of(new LocationDay("CAPPED", MONDAY_DATE), 2);

        SourcingProblem problem = capacity.withUsed(problem("SKU-1"), network);

        assertThat(port.queries).containsExactly(List.of("CAPPED"));
        assertThat(port.from).isEqualTo(MONDAY_DATE.minusDays(1));
        assertThat(port.to).isAfterOrEqualTo(MONDAY_DATE.plusDays(28));
        assertThat(problem.capacityUsed()).containsEntry(new LocationDay("CAPPED", MONDAY_DATE), 2);
    }

    @Test
    void asksNothingWhenNoCandidateHasACapacity() {
        Network network = network(location("UNLIMITED", null), location("ELSEWHERE", 1));

        SourcingProblem problem = capacity.withUsed(problem("SKU-1"), network);

        assertThat(port.queries).isEmpty();
        assertThat(problem.capacityUsed()).isEmpty();
    }

    private static SourcingProblem problem(String sku) {
        return SourcingProblem.of(List.of(new OrderLine("1", sku, 1)), DeliveryMethod.SHIP, ServiceLevel.STANDARD,
                null, null, new GeoPoint(40.75, -73.99), MONDAY);
    }

    /** SKU-1 is held by CAPPED and UNLIMITED; ELSEWHERE holds only another SKU. */
    private static Network network(Location... locations) {
        Map<String, Location> byId = new java.util.HashMap<>();
        for (Location l : locations) {
            byId.put(l.id(), l);
        }
        Map<StockKey, Integer> stock = new java.util.HashMap<>();
        for (Location l : locations) {
            stock.put(new StockKey(l.id(), l.id().equals("ELSEWHERE") ? "SKU-2" : "SKU-1"), 5);
        }
        return new Network(byId, Map.of(), stock);
    }

    private static Location location(String id, Integer dailyCapacity) {
        return new Location(id, LocationType.DISTRIBUTION_CENTER, new GeoPoint(40.5, -74.4),
                ZoneId.of("America/New_York"), Set.of(Capability.SHIP), LocalTime.of(15, 0), dailyCapacity, true);
    }

    private static final class RecordingCapacity implements CapacityPort {

        final List<List<String>> queries = new ArrayList<>();
        Map<LocationDay, Integer> answer = Map.of();
        LocalDate from;
        LocalDate to;

        @Override
        public Map<LocationDay, Integer> used(Collection<String> locationIds, LocalDate from, LocalDate to) {
            queries.add(List.copyOf(locationIds));
            this.from = from;
            this.to = to;
            return answer;
        }

        @Override
        public void use(String locationId, LocalDate shipDate) {
        }

        @Override
        public void release(String locationId, LocalDate shipDate) {
        }
    }
}
