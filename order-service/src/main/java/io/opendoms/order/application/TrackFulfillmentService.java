package io.opendoms.order.application;

import io.opendoms.order.domain.Order;
import io.opendoms.platform.messaging.NonRetryableEventException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class TrackFulfillmentService implements TrackFulfillmentUseCase {

    private final OrderEventTarget orders;
    private final Clock clock;

    TrackFulfillmentService(OrderEventTarget orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void track(TrackFulfillmentCommand command) {
        if (command.update().fulfillmentId() == null) {
            throw new NonRetryableEventException("Fulfillment event without a fulfillment id");
        }
        Order order = orders.load(command.orderId());
        if (order.track(command.update(), clock.instant().truncatedTo(ChronoUnit.MICROS))) {
            orders.save(order);
        }
    }

    @Override
    @Transactional
    public void unfilled(UnfilledUnitsCommand command) {
        Order order = orders.load(command.orderId());
        order.unfilled(command.fulfillmentId(), command.locationId(), command.reason(), command.lines(),
                command.detail(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        orders.save(order);
    }
}
