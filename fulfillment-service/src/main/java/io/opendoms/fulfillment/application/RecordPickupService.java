package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RecordPickupService implements RecordPickupUseCase {

    private final LoadFulfillmentOrderPort load;
    private final SaveFulfillmentOrderPort save;
    private final FulfillmentExceptionsService exceptions;
    private final PublishFulfillmentEventPort events;
    private final Clock clock;

    RecordPickupService(LoadFulfillmentOrderPort load, SaveFulfillmentOrderPort save, FulfillmentExceptionsService exceptions,
                        PublishFulfillmentEventPort events, Clock clock) {
        this.load = load;
        this.save = save;
        this.exceptions = exceptions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public FulfillmentOrder readyForPickup(UUID fulfillmentId) {
        FulfillmentOrder fo = locked(fulfillmentId);
        Instant now = clock.instant();
        fo.readyForPickup(now, now);
        events.readyForPickup(fo, now);
        exceptions.afterChange(fo, now);
        save.update(fo);
        return fo;
    }

    @Override
    @Transactional
    public FulfillmentOrder pickedUp(UUID fulfillmentId) {
        FulfillmentOrder fo = locked(fulfillmentId);
        Instant now = clock.instant();
        fo.pickedUp(now, now);
        events.pickedUp(fo, now);
        CancelAnswers.settleIfTooLate(events, fo, now);
        exceptions.afterChange(fo, now);
        save.update(fo);
        return fo;
    }

    private FulfillmentOrder locked(UUID fulfillmentId) {
        return load.byIdForUpdate(fulfillmentId)
                .orElseThrow(() -> new NotFoundException("No fulfillment order " + fulfillmentId));
    }
}
