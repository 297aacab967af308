package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.ExceptionKind;
import io.opendoms.fulfillment.domain.FulfillmentException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface FulfillmentExceptionsPort {

    /** Stores {@code exception} unless one of its kind is open for its fulfillment order; whether it was stored. */
    boolean raise(FulfillmentException exception);

    List<FulfillmentException> openOf(UUID fulfillmentId);

    /** Clears an open exception; empty when it is unknown or was cleared already. */
    Optional<FulfillmentException> clear(UUID exceptionId, Instant at);

    Optional<FulfillmentException> byId(UUID exceptionId);

    /** Newest first; {@code open} null: all, true: open ones, false: cleared ones. */
    Page list(Boolean open, int page, int size);

    record Page(List<FulfillmentException> items, long totalItems) {
    }

    /**
     * Fulfillment orders without an open LATE that are late as of {@code now} by the dates' end in their location's
     * zone: not shipped by their ship date, or not delivered by their promised date (see ExceptionRules).
     */
    List<UUID> lateCandidates(Instant now, int limit);

    /** Fulfillment orders of {@code statuses} not updated since {@code cutoff}, without an open STUCK. */
    List<UUID> stuckCandidates(List<String> statuses, Instant cutoff, int limit);

    /** For symmetry with the candidate queries: whether {@code kind} is open for the fulfillment order. */
    default boolean isOpen(UUID fulfillmentId, ExceptionKind kind) {
        return openOf(fulfillmentId).stream().anyMatch(e -> e.kind() == kind);
    }
}
