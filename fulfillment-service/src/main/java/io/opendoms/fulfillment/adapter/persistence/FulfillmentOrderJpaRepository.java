package io.opendoms.fulfillment.adapter.persistence;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import io.opendoms.fulfillment.domain.FulfillmentStatus;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface FulfillmentOrderJpaRepository extends JpaRepository<FulfillmentOrderJpaEntity, UUID> {

    List<FulfillmentOrderJpaEntity> findByOrderIdOrderByShipmentId(UUID orderId);

    boolean existsByOrderIdAndShipmentId(UUID orderId, String shipmentId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from FulfillmentOrderJpaEntity f where f.id = :id")
    Optional<FulfillmentOrderJpaEntity> findForUpdate(UUID id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select f from FulfillmentOrderJpaEntity f
            where f.orderId = :orderId and f.decisionId = :decisionId and f.locationId = :locationId
            order by f.shipmentId""")
    List<FulfillmentOrderJpaEntity> findByDecisionForUpdate(UUID orderId, UUID decisionId, String locationId);

    /** Ordered by shipment like {@link #findByDecisionForUpdate}: two lockers of many rows never wait in a cycle. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from FulfillmentOrderJpaEntity f where f.orderId = :orderId order by f.shipmentId")
    List<FulfillmentOrderJpaEntity> findByOrderIdForUpdate(UUID orderId);

    @Query("""
            select f.id from FulfillmentOrderJpaEntity f
            where f.status = io.opendoms.fulfillment.domain.FulfillmentStatus.READY_FOR_PICKUP
              and f.statusOccurredAt < :cutoff
            order by f.statusOccurredAt""")
    List<UUID> findReadyForPickupBefore(Instant cutoff, Limit limit);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select f from FulfillmentOrderJpaEntity f
            where lower(f.carrier) = lower(:carrier) and f.trackingNumber = :trackingNumber""")
    Optional<FulfillmentOrderJpaEntity> findByTrackingNumberForUpdate(String carrier, String trackingNumber);

    @Query("""
            select f.id from FulfillmentOrderJpaEntity f
            where lower(f.carrier) = lower(:carrier) and f.trackingNumber = :trackingNumber""")
    Optional<UUID> findIdByTrackingNumber(String carrier, String trackingNumber);

    Page<FulfillmentOrderJpaEntity> findByLocationId(String locationId, Pageable pageable);

    Page<FulfillmentOrderJpaEntity> findByLocationIdAndStatus(String locationId, FulfillmentStatus status,
                                                             Pageable pageable);
}
