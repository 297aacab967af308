package io.opendoms.routing.application.port.out;

import io.opendoms.routing.domain.SourcingRequest;
import java.util.Optional;
import java.util.UUID;

public interface SourcingRequestPort {

    /** Stores the request unless one exists for the order; false when it did. */
    boolean saveIfAbsent(SourcingRequest request);

    Optional<SourcingRequest> load(UUID orderId);

    /**
     * Loads the request and locks it until the transaction ends: decisions of one order (a failed reservation, units
     * handed back, a restock) are taken one at a time, so that each sees what the one before left.
     */
    Optional<SourcingRequest> loadForUpdate(UUID orderId);
}
