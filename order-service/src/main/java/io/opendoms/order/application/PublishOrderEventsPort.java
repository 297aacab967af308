package io.opendoms.order.application;

import io.opendoms.order.domain.Order;

/** Order facts for other services; published with the current transaction (outbox). */
public interface PublishOrderEventsPort {

    void orderReceived(Order order);
}
