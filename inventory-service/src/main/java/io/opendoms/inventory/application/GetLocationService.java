package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.Location;
import io.opendoms.platform.web.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class GetLocationService implements GetLocationUseCase {

    private final LocationsPort locations;

    GetLocationService(LocationsPort locations) {
        this.locations = locations;
    }

    @Override
    public Location get(String locationId) {
        return locations.find(locationId)
                .orElseThrow(() -> new NotFoundException("Location " + locationId + " does not exist"));
    }

    @Override
    public List<Location> list() {
        return locations.findAll();
    }
}
