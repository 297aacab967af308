package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.fulfillment.domain.FulfillmentStatus;
import io.opendoms.fulfillment.domain.StatusChange;
import io.opendoms.platform.web.NotFoundException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applies a carrier's tracking update; the webhook inbox de-duplicates by partner and event id before this runs. */
@Service
class RecordCarrierEventService implements RecordCarrierEventUseCase {

    private final LoadFulfillmentOrderPort load;
    private final SaveFulfillmentOrderPort save;
    private final FulfillmentExceptionsService exceptions;
    private final PublishFulfillmentEventPort events;
    private final ReturnLabelsPort labels;

    RecordCarrierEventService(LoadFulfillmentOrderPort load, SaveFulfillmentOrderPort save, FulfillmentExceptionsService exceptions,
                              PublishFulfillmentEventPort events, ReturnLabelsPort labels) {
        this.labels = labels;
        this.load = load;
        this.save = save;
        this.exceptions = exceptions;
        this.events = events;
    }

    @Override
    @Transactional
    public WebhookOutcome record(RecordCarrierEventCommand command) {
        // a carrier partner reports only on its own carriers' tracking numbers; others' are as unknown
        Optional<FulfillmentOrder> shipment = load.byTrackingNumberForUpdate(command.carrier(),
                command.trackingNumber()).filter(candidate -> command.partner().carries(candidate.getCarrier()));
        if (shipment.isEmpty()) {
            // a return's prepaid label: its scans are for returns to follow
            ReturnLabelsPort.ReturnLabel label = labels.find(command.carrier(), command.trackingNumber())
                    .filter(l -> command.partner().carries(l.carrier()))
                    .orElseThrow(() -> new NotFoundException("No shipment of carrier " + command.carrier()
                            + " with tracking number " + command.trackingNumber()));
            events.returnLabelScanned(label, command.status().name(), command.occurredAt(), command.detail());
            return WebhookOutcome.ACCEPTED;
        }
        FulfillmentOrder fo = shipment.get();
        Instant now = Instant.now();
        StatusChange change = fo.recordCarrierEvent(command.status(), command.occurredAt(), command.detail(), now);
        if (change.applied() && change.to() == FulfillmentStatus.DELIVERED) {
            events.delivered(fo, command.occurredAt());
        }
        exceptions.afterChange(fo, now);
        save.update(fo);
        return change.applied() ? WebhookOutcome.ACCEPTED : WebhookOutcome.IGNORED;
    }
}
