package io.opendoms.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opendoms.inventory.domain.Capability;
import io.opendoms.inventory.domain.GeoPoint;
import io.opendoms.inventory.domain.CheckoutHold;
import io.opendoms.inventory.domain.Item;
import io.opendoms.inventory.domain.Location;
import io.opendoms.inventory.domain.LocationType;
import io.opendoms.inventory.domain.Reservation;
import io.opendoms.inventory.domain.ReservationLine;
import io.opendoms.inventory.domain.Shortage;
import io.opendoms.inventory.domain.StockLevel;
import io.opendoms.platform.web.FieldError;
import io.opendoms.platform.web.UnprocessableException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class UpsertLocationServiceTest {

    private final InMemoryLocations locations = new InMemoryLocations();
    private final RecordedEvents events = new RecordedEvents();
    private final LocatePostalCodePort postalCodes = new LocatePostalCodePort() {
        @Override
        public Optional<GeoPoint> locate(String country, String postalCode) {
            return covers(country) && postalCode.equals("10001")
                    ? Optional.of(new GeoPoint(40.75065, -73.997293)) : Optional.empty();
        }

        @Override
        public boolean covers(String country) {
            return country.equals("US");
        }
    };
    private final UpsertLocationService service = new UpsertLocationService(locations, postalCodes, events);

    private static UpsertLocationCommand command(String country, String postalCode, Double latitude, Double longitude) {
        return new UpsertLocationCommand("DC-1", "East DC", LocationType.DISTRIBUTION_CENTER, postalCode, country,
                latitude, longitude, ZoneId.of("America/New_York"), Set.of(Capability.SHIP), LocalTime.of(15, 0),
                500, true, null);
    }

    @Test
    void derivesCoordinatesFromAUsPostalCode() {
        Upserted<Location> result = service.upsert(command("US", "10001", null, null));

        assertThat(result.created()).isTrue();
        assertThat(result.value().coordinates()).isEqualTo(new GeoPoint(40.75065, -73.997293));
        assertThat(events.upserted).containsExactly(result.value());
    }

    @Test
    void keepsCoordinatesThatAreGiven() {
        Upserted<Location> result = service.upsert(command("US", "99999", 10.5, -20.25));

        assertThat(result.value().coordinates()).isEqualTo(new GeoPoint(10.5, -20.25));
    }

    @Test
    void reportsReplacementOfAnExistingLocation() {
        service.upsert(command("US", "10001", null, null));

        assertThat(service.upsert(command("US", "10001", 1.0, 2.0)).created()).isFalse();
        assertThat(locations.byId.get("DC-1").coordinates()).isEqualTo(new GeoPoint(1.0, 2.0));
    }

    @Test
    void rejectsAnUnknownUsPostalCodeWithoutCoordinatesAndStoresNothing() {
        assertThatThrownBy(() -> service.upsert(command("US", "00000", null, null)))
                .isInstanceOfSatisfying(UnprocessableException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("postalCode"));
        assertThat(locations.byId).isEmpty();
        assertThat(events.upserted).isEmpty();
    }

    @Test
    void needsCoordinatesOutsideTheUnitedStates() {
        assertThatThrownBy(() -> service.upsert(command("CA", "M5V 2T6", null, null)))
                .isInstanceOfSatisfying(UnprocessableException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("latitude", "longitude"));
    }

    @Test
    void rejectsALatitudeWithoutALongitude() {
        assertThatThrownBy(() -> service.upsert(command("US", "10001", 40.0, null)))
                .isInstanceOfSatisfying(UnprocessableException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("longitude"));
    }

    private static final class InMemoryLocations implements LocationsPort {

        final Map<String, Location> byId = new HashMap<>();

        @Override
        public Optional<Location> find(String locationId) {
            return Optional.ofNullable(byId.get(locationId));
        }

        @Override
        public List<Location> findAll() {
            return List.copyOf(byId.values());
        }

        @Override
        public Optional<Boolean> isActive(String locationId) {
            return find(locationId).map(Location::active);
        }

        @Override
        public Set<String> existing(Collection<String> locationIds) {
            return locationIds.stream().filter(byId::containsKey).collect(Collectors.toSet());
        }

        @Override
        public Set<String> active(Collection<String> locationIds) {
            return locationIds.stream().filter(id -> byId.containsKey(id) && byId.get(id).active())
                    .collect(Collectors.toSet());
        }

        @Override
        public boolean save(Location location) {
            return byId.put(location.id(), location) == null;
        }
    }

    private static final class RecordedEvents implements PublishInventoryEventsPort {

        final List<Location> upserted = new ArrayList<>();

        @Override
        public void locationUpserted(Location location) {
            upserted.add(location);
        }

        @Override
        public void itemUpserted(Item item) {
        }

        @Override
        public void stockChanged(StockLevel level, String reason) {
        }

        @Override
        public void stockReserved(UUID orderId, UUID decisionId, List<Reservation> reservations) {
        }

        @Override
        public void reservationFailed(UUID orderId, UUID decisionId, List<Shortage> shortages) {
        }

        @Override
        public void reservationReleased(UUID orderId, UUID decisionId, List<ReservationLine> lines) {
        }

        @Override
        public void holdPlaced(CheckoutHold hold) {
        }

        @Override
        public void holdsPlaced(List<CheckoutHold> holds, List<String> correlationIds, StockLevel after,
                                String reason) {
        }

        @Override
        public void holdEnded(CheckoutHold hold) {
        }
    }
}
