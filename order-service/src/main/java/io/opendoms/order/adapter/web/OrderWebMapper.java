package io.opendoms.order.adapter.web;

import io.opendoms.order.application.OrderPage;
import io.opendoms.order.domain.Order;
import io.opendoms.order.domain.OrderDraft;
import io.opendoms.order.domain.TimelineEntry;
import java.util.List;
import org.mapstruct.Mapper;

@Mapper
interface OrderWebMapper {

    OrderDraft toDraft(PlaceOrderRequest request);

    OrderResponse toResponse(Order order);

    OrderPageResponse toResponse(OrderPage page);

    TimelineResponse.Event toResponse(TimelineEntry entry);

    default TimelineResponse toTimeline(List<TimelineEntry> entries) {
        return new TimelineResponse(entries.stream().map(this::toResponse).toList());
    }
}
