package io.opendoms.routing.application.port.out;

import io.opendoms.routing.domain.SourcingRequest;
import java.util.Optional;
import java.util.UUID;

public interface SourcingRequestPort {

    /** Stores the request unless one exists for the order; false when it did. */
    boolean saveIfAbsent(SourcingRequest request);

    Optional<SourcingRequest> load(UUID orderId);
}
