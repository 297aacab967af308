package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.KnownLocation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps fulfillment's view of locations (their webhook partner) from inventory's location events. */
@Service
public class RecordLocationService {

    private final SaveLocationPort locations;

    RecordLocationService(SaveLocationPort locations) {
        this.locations = locations;
    }

    @Transactional
    public void record(KnownLocation location) {
        locations.save(location);
    }
}
