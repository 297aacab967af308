package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.fulfillment.domain.FulfillmentStatus;
import io.opendoms.fulfillment.domain.StatusChange;
import io.opendoms.platform.inbox.InboxGuard;
import io.opendoms.platform.web.ConflictException;
import io.opendoms.platform.web.FieldError;
import io.opendoms.platform.web.NotFoundException;
import io.opendoms.platform.web.UnprocessableException;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RecordWmsEventService implements RecordWmsEventUseCase {

    static final String INBOX_CONSUMER = "webhook.wms";

    private final InboxGuard inbox;
    private final LoadFulfillmentOrderPort load;
    private final SaveFulfillmentOrderPort save;
    private final PublishFulfillmentEventPort events;

    RecordWmsEventService(InboxGuard inbox, LoadFulfillmentOrderPort load, SaveFulfillmentOrderPort save,
                          PublishFulfillmentEventPort events) {
        this.inbox = inbox;
        this.load = load;
        this.save = save;
        this.events = events;
    }

    @Override
    @Transactional
    public WebhookOutcome record(RecordWmsEventCommand command) {
        if (command.type().target().isEmpty()) {
            throw new UnprocessableException(command.type() + " needs re-routing, which is not supported yet",
                    List.of(new FieldError("type", command.type() + " is not supported yet")));
        }
        if (!inbox.firstDelivery(INBOX_CONSUMER, command.eventId())) {
            return WebhookOutcome.DUPLICATE;
        }
        FulfillmentOrder fo = load.byIdForUpdate(command.fulfillmentId())
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
}
