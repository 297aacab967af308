package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.ExceptionKind;
import io.opendoms.fulfillment.domain.ExceptionRules;
import io.opendoms.fulfillment.domain.FulfillmentException;
import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.fulfillment.domain.FulfillmentStatus;
import io.opendoms.fulfillment.domain.KnownLocation;
import io.opendoms.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises and clears the exceptions of fulfillment orders, each with its event through the outbox in the caller's
 * transaction. The job raises LATE and STUCK ({@link #detect}); every change of a fulfillment order
 * ({@link #afterChange}) raises DELIVERY_EXCEPTION and REJECTED and clears what it resolved.
 */
@Service
public class FulfillmentExceptionsService implements FulfillmentExceptionsUseCase {

    private static final List<String> CAN_BE_STUCK = List.of(FulfillmentStatus.RELEASED.name(),
            FulfillmentStatus.PICKING.name(), FulfillmentStatus.PACKED.name(), FulfillmentStatus.SHIPPED.name(),
            FulfillmentStatus.IN_TRANSIT.name(), FulfillmentStatus.OUT_FOR_DELIVERY.name());

    private final FulfillmentExceptionsPort exceptions;
    private final LoadFulfillmentOrderPort load;
    private final PublishFulfillmentEventPort events;
    private final LoadLocationPort locations;
    private final Clock clock;

    FulfillmentExceptionsService(FulfillmentExceptionsPort exceptions, LoadFulfillmentOrderPort load,
                                 PublishFulfillmentEventPort events, LoadLocationPort locations, Clock clock) {
        this.exceptions = exceptions;
        this.load = load;
        this.events = events;
        this.locations = locations;
        this.clock = clock;
    }

    /** The zone the location's dates end in: its own, UTC when fulfillment does not know it. */
    private ZoneId zoneOf(FulfillmentOrder fo) {
        return locations.byId(fo.getLocationId()).map(KnownLocation::zone).orElse(ZoneOffset.UTC);
    }

    /** To be called, in its transaction, after {@code fo} changed (a webhook, a store action, a cancellation). */
    public void afterChange(FulfillmentOrder fo, Instant now) {
        List<FulfillmentException> open = exceptions.openOf(fo.getId());
        ZoneId zone = open.stream().anyMatch(e -> e.kind() == ExceptionKind.LATE) ? zoneOf(fo) : ZoneOffset.UTC;
        for (FulfillmentException exception : open) {
            if (ExceptionRules.resolvedByChange(exception.kind(), fo, now, zone)) {
                exceptions.clear(exception.id(), now).ifPresent(c -> events.exceptionCleared(c, "RESOLVED"));
            }
        }
        if (fo.getStatus() == FulfillmentStatus.DELIVERY_EXCEPTION) {
            raise(fo, ExceptionKind.DELIVERY_EXCEPTION, now, null);
        }
        if (fo.getStatus() == FulfillmentStatus.REJECTED) {
            raise(fo, ExceptionKind.REJECTED, now, null);
        }
    }

    @Override
    @Transactional
    public int detect(Instant now, Duration stuckAfter, int limit) {
        int raised = 0;
        for (UUID id : exceptions.lateCandidates(now, limit)) {
            // re-checked under the lock, in the location's zone: a webhook may have moved it on since the query
            Optional<FulfillmentOrder> fo = load.byIdForUpdate(id)
                    .filter(f -> ExceptionRules.isLate(f, now, zoneOf(f)));
            if (fo.isPresent() && raise(fo.get(), ExceptionKind.LATE, now, stuckAfter)) {
                raised++;
            }
        }
        for (UUID id : exceptions.stuckCandidates(CAN_BE_STUCK, now.minus(stuckAfter), limit)) {
            Optional<FulfillmentOrder> fo = load.byIdForUpdate(id)
                    .filter(f -> ExceptionRules.isStuck(f, now, stuckAfter));
            if (fo.isPresent() && raise(fo.get(), ExceptionKind.STUCK, now, stuckAfter)) {
                raised++;
            }
        }
        return raised;
    }

    @Override
    @Transactional(readOnly = true)
    public FulfillmentExceptionsPort.Page list(Boolean open, int page, int size) {
        return exceptions.list(open, page, size);
    }

    @Override
    @Transactional
    public FulfillmentException clear(UUID exceptionId) {
        FulfillmentException known = exceptions.byId(exceptionId)
                .orElseThrow(() -> new NotFoundException("No fulfillment exception " + exceptionId));
        return exceptions.clear(exceptionId, clock.instant())
                .map(cleared -> {
                    events.exceptionCleared(cleared, "ACKNOWLEDGED");
                    return cleared;
                })
                .orElseGet(() -> exceptions.byId(exceptionId).orElse(known));
    }

    private boolean raise(FulfillmentOrder fo, ExceptionKind kind, Instant now, Duration stuckAfter) {
        FulfillmentException exception = new FulfillmentException(UUID.randomUUID(), fo.getId(), fo.getOrderId(),
                fo.getLocationId(), kind, now, ExceptionRules.detail(kind, fo, now,
                kind == ExceptionKind.LATE ? zoneOf(fo) : ZoneOffset.UTC, stuckAfter), null);
        if (exceptions.raise(exception)) {
            events.exceptionRaised(exception);
            return true;
        }
        return false;
    }
}
