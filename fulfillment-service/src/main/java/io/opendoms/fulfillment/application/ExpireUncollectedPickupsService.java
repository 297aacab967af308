package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.fulfillment.domain.FulfillmentStatus;
import io.opendoms.fulfillment.domain.Transition;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ExpireUncollectedPickupsService implements ExpireUncollectedPickupsUseCase {

    private final LoadFulfillmentOrderPort load;
    private final SaveFulfillmentOrderPort save;
    private final FulfillmentExceptionsService exceptions;
    private final PublishFulfillmentEventPort events;
    private final ReleaseDeliveryPort deliveries;

    ExpireUncollectedPickupsService(LoadFulfillmentOrderPort load, SaveFulfillmentOrderPort save, FulfillmentExceptionsService exceptions,
                                    PublishFulfillmentEventPort events, ReleaseDeliveryPort deliveries) {
        this.deliveries = deliveries;
        this.load = load;
        this.save = save;
        this.exceptions = exceptions;
        this.events = events;
    }

    @Override
    @Transactional
    public int expire(Instant readySince, Instant now, int limit) {
        int expired = 0;
        for (UUID id : load.readyForPickupBefore(readySince, limit)) {
            // the customer may have collected it between the query and the lock: then it is no longer ready
            Optional<FulfillmentOrder> locked = load.byIdForUpdate(id)
                    .filter(fo -> fo.getStatus() == FulfillmentStatus.READY_FOR_PICKUP
                            && fo.getStatusOccurredAt().isBefore(readySince));
            if (locked.isEmpty()) {
                continue;
            }
            FulfillmentOrder fo = locked.get();
            Transition transition = fo.expirePickup(now, "not collected since " + fo.getStatusOccurredAt(), now);
            events.cancelled(fo, null, transition);
            // the store's system is told to put the units back on the shelf (when it receives by POST)
            deliveries.enqueue(fo, "CANCELLED", now);
            CancelAnswers.settleIfTooLate(events, fo, now);
            exceptions.afterChange(fo, now);
            save.update(fo);
            expired++;
        }
        return expired;
    }
}
