package io.opendoms.order.application;

import io.opendoms.order.domain.Order;
import io.opendoms.order.domain.TimelineEntry;
import io.opendoms.platform.web.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class QueryOrdersService implements QueryOrdersUseCase {

    private final LoadOrderPort loadOrder;
    private final LoadTimelinePort loadTimeline;
    private final SearchOrdersPort searchOrders;

    QueryOrdersService(LoadOrderPort loadOrder, LoadTimelinePort loadTimeline, SearchOrdersPort searchOrders) {
        this.loadOrder = loadOrder;
        this.loadTimeline = loadTimeline;
        this.searchOrders = searchOrders;
    }

    @Override
    public Order get(UUID orderId, String visibleChannel) {
        return loadOrder.load(orderId)
                .filter(order -> visibleChannel == null || visibleChannel.equals(order.getChannel()))
                .orElseThrow(() -> new NotFoundException("Order " + orderId + " not found."));
    }

    @Override
    public List<TimelineEntry> timeline(UUID orderId, String visibleChannel) {
        get(orderId, visibleChannel);
        return loadTimeline.timeline(orderId);
    }

    @Override
    public OrderPage search(OrderSearch search) {
        return searchOrders.search(search);
    }
}
