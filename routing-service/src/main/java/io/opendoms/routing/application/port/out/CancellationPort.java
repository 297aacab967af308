package io.opendoms.routing.application.port.out;

import io.opendoms.routing.domain.PendingCancellation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Cancellations of orders routing has not applied yet. */
public interface CancellationPort {

    /** False when this cancellation was received before. */
    boolean add(PendingCancellation cancellation, Instant at);

    /** Oldest first. */
    List<PendingCancellation> pending(UUID orderId);

    void update(PendingCancellation cancellation);

    void remove(UUID cancellationId);
}
