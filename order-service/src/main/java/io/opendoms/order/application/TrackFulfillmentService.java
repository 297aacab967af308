package io.opendoms.order.application;

import io.opendoms.order.domain.Order;
import io.opendoms.platform.messaging.NonRetryableEventException;
import io.opendoms.order.domain.FulfillmentLine;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
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

    @Override
    @Transactional
    public void cancelled(UUID orderId, UUID fulfillmentId, String locationId, List<FulfillmentLine> lines,
                          boolean byOrder) {
        Order order = orders.load(orderId);
        order.fulfillmentCancelled(fulfillmentId, locationId, lines, byOrder,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        orders.save(order);
    }

    @Override
    @Transactional
    public void cancelRefused(UUID orderId, List<FulfillmentLine> lines, String reason) {
        Order order = orders.load(orderId);
        order.cancelRefused(lines.stream().collect(Collectors.toMap(FulfillmentLine::lineId,
                FulfillmentLine::quantity, Integer::sum)), reason, clock.instant().truncatedTo(ChronoUnit.MICROS));
        orders.save(order);
    }

    @Override
    @Transactional
    public void refunded(UUID orderId, UUID returnId, java.math.BigDecimal amount, List<FulfillmentLine> units) {
        Order order = orders.load(orderId);
        order.refunded(returnId, amount, units.stream().collect(Collectors.toMap(FulfillmentLine::lineId,
                FulfillmentLine::quantity, Integer::sum)), clock.instant().truncatedTo(ChronoUnit.MICROS));
        orders.save(order);
    }
}
