package io.opendoms.order.adapter.persistence;

import io.opendoms.order.domain.Fulfillment;
import io.opendoms.order.domain.FulfillmentLine;
import io.opendoms.order.domain.Order;
import io.opendoms.order.domain.OrderLine;
import io.opendoms.order.domain.TimelineEntry;
import java.util.List;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper
interface OrderJpaMapper {

    Order toDomain(OrderJpaEntity entity);

    OrderLine toDomain(OrderLineJpaEntity entity);

    Fulfillment toDomain(FulfillmentJpaEntity entity);

    List<FulfillmentLine> toDomainLines(List<FulfillmentLineJpaEmbeddable> lines);

    TimelineEntry toDomain(TimelineEntryJpaEntity entity);

    /** Lines and fulfillments are added by the adapter, which owns the back references and positions. */
    @Mapping(target = "lines", ignore = true)
    @Mapping(target = "fulfillments", ignore = true)
    OrderJpaEntity toEntity(Order order);

    /** The mutable part of an order; everything else is fixed at capture. */
    @Mapping(target = "status", source = "status")
    @Mapping(target = "updatedAt", source = "updatedAt")
    @Mapping(target = "refundedAmount", source = "refundedAmount")
    @Mapping(target = "holdReasons", expression = "java(new java.util.ArrayList<>(order.getHoldReasons()))")
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "externalId", ignore = true)
    @Mapping(target = "channel", ignore = true)
    @Mapping(target = "customer", ignore = true)
    @Mapping(target = "shippingAddress", ignore = true)
    @Mapping(target = "deliveryMethod", ignore = true)
    @Mapping(target = "pickupLocationId", ignore = true)
    @Mapping(target = "serviceLevel", ignore = true)
    @Mapping(target = "currency", ignore = true)
    @Mapping(target = "reservationId", ignore = true)
    @Mapping(target = "totalAmount", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "lines", ignore = true)
    @Mapping(target = "fulfillments", ignore = true)
    void update(Order order, @MappingTarget OrderJpaEntity entity);

    @Mapping(target = "order", ignore = true)
    @Mapping(target = "position", ignore = true)
    OrderLineJpaEntity toEntity(OrderLine line);

    @Mapping(target = "order", ignore = true)
    @Mapping(target = "position", ignore = true)
    @Mapping(target = "lineId", ignore = true)
    @Mapping(target = "sku", ignore = true)
    @Mapping(target = "quantity", ignore = true)
    @Mapping(target = "unitPrice", ignore = true)
    void update(OrderLine line, @MappingTarget OrderLineJpaEntity entity);

    @Mapping(target = "order", ignore = true)
    @Mapping(target = "position", ignore = true)
    FulfillmentJpaEntity toEntity(Fulfillment fulfillment);

    @Mapping(target = "order", ignore = true)
    @Mapping(target = "position", ignore = true)
    @Mapping(target = "fulfillmentId", ignore = true)
    @Mapping(target = "lines", ignore = true)
    void update(Fulfillment fulfillment, @MappingTarget FulfillmentJpaEntity entity);

    List<FulfillmentLineJpaEmbeddable> toEntityLines(List<FulfillmentLine> lines);

    @Mapping(target = "id", ignore = true)
    TimelineEntryJpaEntity toEntity(TimelineEntry entry, UUID orderId);
}
