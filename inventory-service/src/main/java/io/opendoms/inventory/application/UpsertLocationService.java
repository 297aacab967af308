package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.GeoPoint;
import io.opendoms.inventory.domain.Location;
import io.opendoms.platform.web.FieldError;
import io.opendoms.platform.web.UnprocessableException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class UpsertLocationService implements UpsertLocationUseCase {

    private final LocationsPort locations;
    private final LocatePostalCodePort postalCodes;
    private final PublishInventoryEventsPort events;

    UpsertLocationService(LocationsPort locations, LocatePostalCodePort postalCodes, PublishInventoryEventsPort events) {
        this.locations = locations;
        this.postalCodes = postalCodes;
        this.events = events;
    }

    @Override
    @Transactional
    public Upserted<Location> upsert(UpsertLocationCommand command) {
        Location location = new Location(command.locationId(), command.name(), command.type(), command.postalCode(),
                command.country(), coordinatesOf(command), command.timeZone(), command.capabilities(),
                command.cutoffTime(), command.dailyCapacity(), command.active(), command.wmsPartnerId());
        boolean created = locations.save(location);
        events.locationUpserted(location);
        return new Upserted<>(location, created);
    }

    private GeoPoint coordinatesOf(UpsertLocationCommand command) {
        if (command.latitude() != null && command.longitude() != null) {
            return new GeoPoint(command.latitude(), command.longitude());
        }
        if (command.latitude() != null || command.longitude() != null) {
            String missing = command.latitude() == null ? "latitude" : "longitude";
            throw new UnprocessableException("latitude and longitude go together",
                    List.of(new FieldError(missing, "must be given with " + (command.latitude() == null
                            ? "longitude" : "latitude"))));
        }
        if (!postalCodes.covers(command.country())) {
            throw new UnprocessableException("No postal-code coordinates for country " + command.country(),
                    List.of(new FieldError("latitude", "required: postal codes of " + command.country()
                                    + " cannot be located"),
                            new FieldError("longitude", "required: postal codes of " + command.country()
                                    + " cannot be located")));
        }
        return postalCodes.locate(command.country(), command.postalCode())
                .orElseThrow(() -> new UnprocessableException("Unknown postal code " + command.postalCode(),
                        List.of(new FieldError("postalCode",
                                "unknown postal code; give latitude and longitude instead"))));
    }
}
