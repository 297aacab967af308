package io.opendoms.order.application;

import io.opendoms.order.domain.CancelledUnits;
import io.opendoms.order.domain.Order;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Order facts for other services; published with the current transaction (outbox). */
public interface PublishOrderEventsPort {

    void orderReceived(Order order);

    /** The order's line quantities were cancelled: routing and fulfillment take them back. */
    void orderCancelled(Order order, UUID cancellationId, boolean wholeOrder, String reason,
                        List<CancelledUnits> cancelled, Instant at);
}
