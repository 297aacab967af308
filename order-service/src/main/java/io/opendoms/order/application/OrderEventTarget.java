package io.opendoms.order.application;

import io.opendoms.order.domain.Order;
import io.opendoms.platform.messaging.NonRetryableEventException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Loads and saves the order an inbound event is about. */
@Component
class OrderEventTarget {

    private final LoadOrderPort loadOrder;
    private final SaveOrderPort saveOrder;

    OrderEventTarget(LoadOrderPort loadOrder, SaveOrderPort saveOrder) {
        this.loadOrder = loadOrder;
        this.saveOrder = saveOrder;
    }

    /**
     * The order exists before any event about it (its outbox row commits with it), so an unknown id is a
     * poison message: no retry can help, it belongs in the dead-letter topic for ops. The row stays locked
     * until the transaction ends: events of one order arrive on several topics, and their consumers queue on it
     * instead of failing each other's optimistic version check (and waiting out a back-off).
     */
    Order load(UUID orderId) {
        if (orderId == null) {
            throw new NonRetryableEventException("Event without an order id");
        }
        return loadOrder.loadForUpdate(orderId)
                .orElseThrow(() -> new NonRetryableEventException("Event for unknown order " + orderId));
    }

    void save(Order order) {
        saveOrder.update(order);
    }
}
