package io.opendoms.order.application;

import io.opendoms.order.domain.Order;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RecordAllocationService implements RecordAllocationUseCase {

    private final OrderEventTarget orders;
    private final Clock clock;

    RecordAllocationService(OrderEventTarget orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void record(RecordAllocationCommand command) {
        Order order = orders.load(command.orderId());
        order.settleAllocation(command.decisionId(), command.shipments(), command.unallocated(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        orders.save(order);
    }
}
