package io.opendoms.order.application;

import io.opendoms.order.domain.Order;
import io.opendoms.platform.web.NotFoundException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ReleaseOrderService implements ReleaseOrderUseCase {

    private final LoadOrderPort loadOrder;
    private final SaveOrderPort saveOrder;
    private final PublishOrderEventsPort events;
    private final Clock clock;

    ReleaseOrderService(LoadOrderPort loadOrder, SaveOrderPort saveOrder, PublishOrderEventsPort events,
                        Clock clock) {
        this.loadOrder = loadOrder;
        this.saveOrder = saveOrder;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Order release(UUID orderId, String by, String note) {
        // locked: two ops releasing at once must not both publish the order for sourcing
        Order order = loadOrder.loadForUpdate(orderId)
                .orElseThrow(() -> new NotFoundException("Order " + orderId + " does not exist"));
        order.release(by, note, clock.instant().truncatedTo(ChronoUnit.MICROS));
        saveOrder.update(order);
        events.orderReceived(order);
        return order;
    }
}
