package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.fulfillment.domain.FulfillmentStatus;
import io.opendoms.fulfillment.domain.StatusChange;
import io.opendoms.platform.inbox.InboxGuard;
import io.opendoms.platform.web.ConflictException;
import io.opendoms.platform.web.FieldError;
import io.opendoms.platform.web.NotFoundException;
import io.opendoms.platform.web.UnprocessableException;
import io.opendoms.platform.webhook.WebhookPartner;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RecordWmsEventService implements RecordWmsEventUseCase {

    /** Event ids are unique per partner: each partner's are de-duplicated in a scope of its own. */
    static final String WEBHOOK = "wms";

    private final InboxGuard inbox;
    private final LoadFulfillmentOrderPort load;
    private final SaveFulfillmentOrderPort save;
    private final PublishFulfillmentEventPort events;
    private final LoadLocationPort locations;

    RecordWmsEventService(InboxGuard inbox, LoadFulfillmentOrderPort load, SaveFulfillmentOrderPort save,
                          PublishFulfillmentEventPort events, LoadLocationPort locations) {
        this.inbox = inbox;
        this.load = load;
        this.save = save;
        this.events = events;
        this.locations = locations;
    }

    @Override
    @Transactional
    public WebhookOutcome record(RecordWmsEventCommand command) {
        if (command.type().target().isEmpty()) {
            throw new UnprocessableException(command.type() + " needs re-routing, which is not supported yet",
                    List.of(new FieldError("type", command.type() + " is not supported yet")));
        }
        if (!inbox.firstDelivery(command.partner().inboxConsumer(WEBHOOK), command.eventId())) {
            return WebhookOutcome.DUPLICATE;
        }
        // another partner's fulfillment order is answered like an unknown one: no hint that it exists
        FulfillmentOrder fo = load.byIdForUpdate(command.fulfillmentId())
                .filter(candidate -> ownedBy(command.partner(), candidate))
                .orElseThrow(() -> new NotFoundException("No fulfillment order " + command.fulfillmentId()));
        StatusChange change = fo.recordWmsEvent(command.type(), command.occurredAt(), command.carrier(),
                command.service(), command.trackingNumber(), Instant.now());
        if (change.applied() && change.to() == FulfillmentStatus.SHIPPED) {
            load.idByTrackingNumber(fo.getCarrier(), fo.getTrackingNumber())
                    .filter(other -> !other.equals(fo.getId()))
                    .ifPresent(other -> {
                        throw new ConflictException("Tracking number " + fo.getTrackingNumber() + " of "
                                + fo.getCarrier() + " already belongs to fulfillment order " + other);
                    });
            events.shipped(fo, command.occurredAt());
        }
        save.update(fo);
        return change.applied() ? WebhookOutcome.ACCEPTED : WebhookOutcome.IGNORED;
    }

    /** A WMS partner acts on the fulfillment orders of the locations that name it (fail closed: unknown = none). */
    private boolean ownedBy(WebhookPartner partner, FulfillmentOrder fo) {
        return locations.byId(fo.getLocationId())
                .map(location -> partner.ownsLocationOf(location.wmsPartnerId()))
                .orElse(false);
    }
}
