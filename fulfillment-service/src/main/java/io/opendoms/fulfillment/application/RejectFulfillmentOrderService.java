package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.fulfillment.domain.Transition;
import io.opendoms.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RejectFulfillmentOrderService implements RejectFulfillmentOrderUseCase {

    private final LoadFulfillmentOrderPort load;
    private final SaveFulfillmentOrderPort save;
    private final FulfillmentExceptionsService exceptions;
    private final PublishFulfillmentEventPort events;
    private final Clock clock;

    RejectFulfillmentOrderService(LoadFulfillmentOrderPort load, SaveFulfillmentOrderPort save, FulfillmentExceptionsService exceptions,
                                  PublishFulfillmentEventPort events, Clock clock) {
        this.load = load;
        this.save = save;
        this.exceptions = exceptions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public FulfillmentOrder reject(RejectFulfillmentOrderCommand command) {
        FulfillmentOrder fo = load.byIdForUpdate(command.fulfillmentId())
                .orElseThrow(() -> new NotFoundException("No fulfillment order " + command.fulfillmentId()));
        Instant now = clock.instant();
        Transition transition = fo.reject("STORE", now, command.reason(), now);
        events.unfilled(fo, transition, command.reason());
        CancelAnswers.settleIfTooLate(events, fo, now);
        exceptions.afterChange(fo, now);
        save.update(fo);
        return fo;
    }
}
