package io.opendoms.fulfillment.adapter.persistence;

import io.opendoms.fulfillment.application.LoadFulfillmentOrderPort;
import io.opendoms.fulfillment.application.SaveFulfillmentOrderPort;
import io.opendoms.fulfillment.domain.FulfillmentOrder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import io.opendoms.fulfillment.domain.FulfillmentStatus;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

@Component
class FulfillmentOrderJpaAdapter implements LoadFulfillmentOrderPort, SaveFulfillmentOrderPort {

    private final FulfillmentOrderJpaRepository orders;
    private final FulfillmentStatusHistoryJpaRepository history;
    private final FulfillmentOrderJpaMapper mapper;

    FulfillmentOrderJpaAdapter(FulfillmentOrderJpaRepository orders, FulfillmentStatusHistoryJpaRepository history,
                               FulfillmentOrderJpaMapper mapper) {
        this.orders = orders;
        this.history = history;
        this.mapper = mapper;
    }

    @Override
    public Optional<FulfillmentOrder> byId(UUID fulfillmentId) {
        return orders.findById(fulfillmentId).map(mapper::toDomain);
    }

    @Override
    public List<FulfillmentOrder> byOrderId(UUID orderId) {
        return orders.findByOrderIdOrderByShipmentId(orderId).stream().map(mapper::toDomain).toList();
    }

    @Override
    public Optional<FulfillmentOrder> byIdForUpdate(UUID fulfillmentId) {
        return orders.findForUpdate(fulfillmentId).map(mapper::toDomain);
    }

    @Override
    public Optional<FulfillmentOrder> byTrackingNumberForUpdate(String carrier, String trackingNumber) {
        return orders.findByTrackingNumberForUpdate(carrier, trackingNumber).map(mapper::toDomain);
    }

    @Override
    public Optional<UUID> idByTrackingNumber(String carrier, String trackingNumber) {
        return orders.findIdByTrackingNumber(carrier, trackingNumber);
    }

    @Override
    public List<FulfillmentOrder> byOrderIdForUpdate(UUID orderId) {
        return orders.findByOrderIdForUpdate(orderId).stream().map(mapper::toDomain).toList();
    }

    @Override
    public List<UUID> readyForPickupBefore(Instant cutoff, int limit) {
        return orders.findReadyForPickupBefore(cutoff, Limit.of(limit));
    }

    @Override
    public boolean existsForShipment(UUID orderId, String shipmentId) {
        return orders.existsByOrderIdAndShipmentId(orderId, shipmentId);
    }

    @Override
    public List<FulfillmentOrder> byDecisionForUpdate(UUID orderId, UUID decisionId, String locationId) {
        return orders.findByDecisionForUpdate(orderId, decisionId, locationId).stream().map(mapper::toDomain).toList();
    }

    @Override
    public Slice byLocation(String locationId, FulfillmentStatus status, int page, int size) {
        Pageable pageable = PageRequest.of(page, size, Sort.by("createdAt", "id"));
        Page<FulfillmentOrderJpaEntity> found = status == null
                ? orders.findByLocationId(locationId, pageable)
                : orders.findByLocationIdAndStatus(locationId, status, pageable);
        return new Slice(found.stream().map(mapper::toDomain).toList(), found.getTotalElements());
    }

    @Override
    public void create(FulfillmentOrder fulfillmentOrder) {
        orders.save(mapper.toEntity(fulfillmentOrder));
        appendHistory(fulfillmentOrder);
    }

    @Override
    public void update(FulfillmentOrder fulfillmentOrder) {
        FulfillmentOrderJpaEntity entity = orders.findById(fulfillmentOrder.getId())
                .orElseThrow(() -> new IllegalStateException("Fulfillment order vanished: " + fulfillmentOrder.getId()));
        mapper.updateEntity(fulfillmentOrder, entity);
        appendHistory(fulfillmentOrder);
    }

    private void appendHistory(FulfillmentOrder fulfillmentOrder) {
        history.saveAll(fulfillmentOrder.pullNewChanges().stream()
                .map(change -> mapper.toHistoryEntity(fulfillmentOrder.getId(), change))
                .toList());
    }
}
