package io.opendoms.order.application;

import io.opendoms.order.domain.Order;
import io.opendoms.order.domain.TimelineEntry;
import java.util.List;
import java.util.UUID;

/**
 * Reads orders for an API client. {@code visibleChannel} is the only channel the client may see, or
 * {@code null} for ops; an order of another channel is reported as not found, never as forbidden.
 */
public interface QueryOrdersUseCase {

    Order get(UUID orderId, String visibleChannel);

    List<TimelineEntry> timeline(UUID orderId, String visibleChannel);

    OrderPage search(OrderSearch search);
}
