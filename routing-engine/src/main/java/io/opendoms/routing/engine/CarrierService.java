package io.opendoms.routing.engine;

import java.math.BigDecimal;
import java.util.Optional;

/** A carrier service that routing can buy: it prices a shipment and says how many business days it takes. */
public sealed interface CarrierService permits ZoneRatedService, DistanceRatedService {

    String carrier();

    String service();

    /** Empty when the service cannot carry this shipment (wrong origin type, too far). */
    Optional<CarrierQuote> quote(LocationType originType, int zone, double distanceKm, BigDecimal billableKg);
}
