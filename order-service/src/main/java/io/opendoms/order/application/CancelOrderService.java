package io.opendoms.order.application;

import io.opendoms.order.domain.CancelledUnits;
import io.opendoms.order.domain.Order;
import io.opendoms.order.domain.OrderStatus;
import io.opendoms.platform.web.ConflictException;
import io.opendoms.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CancelOrderService implements CancelOrderUseCase {

    private final LoadOrderPort loadOrder;
    private final SaveOrderPort saveOrder;
    private final CancellationsPort cancellations;
    private final PublishOrderEventsPort events;
    private final Clock clock;

    CancelOrderService(LoadOrderPort loadOrder, SaveOrderPort saveOrder, CancellationsPort cancellations,
                       PublishOrderEventsPort events, Clock clock) {
        this.loadOrder = loadOrder;
        this.saveOrder = saveOrder;
        this.cancellations = cancellations;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Order cancel(CancelOrderCommand command) {
        // locked: a cancel and an event of the same order (or two cancels) change it one after the other
        Order order = loadOrder.loadForUpdate(command.orderId())
                .filter(o -> command.visibleChannel() == null || command.visibleChannel().equals(o.getChannel()))
                .orElseThrow(() -> new NotFoundException("Order " + command.orderId() + " not found."));
        String fingerprint = RequestFingerprint.of(command.reason() + "|"
                + (command.lines() == null ? "*" : new TreeMap<>(command.lines()).toString()));
        if (command.idempotencyKey() != null) {
            Optional<String> earlier = cancellations.fingerprintOf(command.orderId(), command.clientId(),
                    command.idempotencyKey());
            if (earlier.isPresent()) {
                if (!earlier.get().equals(fingerprint)) {
                    throw new ConflictException("The Idempotency-Key was used for another cancellation of this "
                            + "order; nothing was cancelled.");
                }
                return order; // done already: the order as it is now
            }
        }
        boolean onHold = order.getStatus() == OrderStatus.ON_HOLD;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<CancelledUnits> cancelled = order.cancel(command.lines(), command.reason(), command.clientId(), now);
        if (cancelled.isEmpty() && command.idempotencyKey() == null) {
            return order; // nothing left to cancel (a repeated whole-order cancel): nothing changes
        }
        UUID cancellationId = UUID.randomUUID();
        saveOrder.update(order);
        cancellations.save(cancellationId, order.getId(), command.clientId(), command.idempotencyKey(), fingerprint,
                command.reason(), cancelled, now);
        if (!cancelled.isEmpty() && !onHold) {
            // an order on hold was never sent for sourcing: nothing to take back
            events.orderCancelled(order, cancellationId, command.lines() == null, command.reason(), cancelled, now);
        }
        return order;
    }
}
