package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.fulfillment.domain.FulfillmentStatus;
import io.opendoms.fulfillment.domain.StatusChange;
import io.opendoms.fulfillment.domain.Transition;
import io.opendoms.fulfillment.domain.WmsEventType;
import io.opendoms.platform.web.ConflictException;
import io.opendoms.platform.web.FieldError;
import io.opendoms.platform.web.NotFoundException;
import io.opendoms.platform.web.UnprocessableException;
import io.opendoms.platform.webhook.WebhookPartner;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a WMS report. Duplicates never get here: the webhook inbox de-duplicates by partner and event id in the
 * same transaction ({@link WebhookInboxService#process}).
 */
@Service
class RecordWmsEventService implements RecordWmsEventUseCase {

    private final LoadFulfillmentOrderPort load;
    private final SaveFulfillmentOrderPort save;
    private final FulfillmentExceptionsService exceptions;
    private final PublishFulfillmentEventPort events;
    private final LoadLocationPort locations;
    private final Clock clock;

    RecordWmsEventService(LoadFulfillmentOrderPort load, SaveFulfillmentOrderPort save, FulfillmentExceptionsService exceptions,
                          PublishFulfillmentEventPort events, LoadLocationPort locations, Clock clock) {
        this.load = load;
        this.save = save;
        this.exceptions = exceptions;
        this.events = events;
        this.locations = locations;
        this.clock = clock;
    }

    @Override
    @Transactional
    public WebhookOutcome record(RecordWmsEventCommand command) {
        if (command.type() == WmsEventType.SHORT_PICKED && command.lines() == null) {
            throw new UnprocessableException("A short pick names the lines actually picked",
                    List.of(new FieldError("lines", "is required when type is SHORT_PICKED")));
        }
        // another partner's fulfillment order is answered like an unknown one: no hint that it exists
        FulfillmentOrder fo = load.byIdForUpdate(command.fulfillmentId())
                .filter(candidate -> ownedBy(command.partner(), candidate))
                .orElseThrow(() -> new NotFoundException("No fulfillment order " + command.fulfillmentId()));
        Instant now = clock.instant();
        StatusChange change = switch (command.type()) {
            case REJECTED -> takeOff(fo, fo.reject("WMS", command.occurredAt(), null, now), null);
            case SHORT_PICKED -> takeOff(fo, fo.shortPicked(command.lines(), command.occurredAt(), now), null);
            case PICKED, PACKED, SHIPPED -> fo.recordWmsEvent(command.type(), command.occurredAt(),
                    command.carrier(), command.service(), command.trackingNumber(), now);
            case CANCEL_CONFIRMED, CANCEL_REFUSED -> CancelAnswers.publish(events, fo, fo.answerCancel(
                    command.type() == WmsEventType.CANCEL_CONFIRMED, "WMS", command.occurredAt(), command.reason(),
                    now)).change();
        };
        if (change.applied() && change.to() == FulfillmentStatus.SHIPPED) {
            load.idByTrackingNumber(fo.getCarrier(), fo.getTrackingNumber())
                    .filter(other -> !other.equals(fo.getId()))
                    .ifPresent(other -> {
                        throw new ConflictException("Tracking number " + fo.getTrackingNumber() + " of "
                                + fo.getCarrier() + " already belongs to fulfillment order " + other);
                    });
            events.shipped(fo, command.occurredAt());
        }
        CancelAnswers.settleIfTooLate(events, fo, now);
        exceptions.afterChange(fo, now);
        save.update(fo);
        boolean answered = command.type() == WmsEventType.CANCEL_CONFIRMED
                || command.type() == WmsEventType.CANCEL_REFUSED;
        return change.applied() || answered ? WebhookOutcome.ACCEPTED : WebhookOutcome.IGNORED;
    }

    private StatusChange takeOff(FulfillmentOrder fo, Transition transition, String detail) {
        if (transition.tookUnitsOff()) {
            events.unfilled(fo, transition, detail);
        }
        return transition.change();
    }

    /** A WMS partner acts on the fulfillment orders of the locations that name it (fail closed: unknown = none). */
    private boolean ownedBy(WebhookPartner partner, FulfillmentOrder fo) {
        return locations.byId(fo.getLocationId())
                .map(location -> partner.ownsLocationOf(location.wmsPartnerId()))
                .orElse(false);
    }
}
