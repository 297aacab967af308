package io.opendoms.inventory.adapter.persistence;

import io.opendoms.inventory.domain.ReservationStatus;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ReservationJpaRepository extends JpaRepository<ReservationJpaEntity, UUID> {

    boolean existsByDecisionId(UUID decisionId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select r from ReservationJpaEntity r
            where r.orderId = :orderId and r.locationId = :locationId and r.lineId = :lineId and r.status = :status
            order by r.createdAt, r.id""")
    List<ReservationJpaEntity> lockByStatus(UUID orderId, String locationId, String lineId, ReservationStatus status);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select r from ReservationJpaEntity r
            where r.locationId = :locationId and r.sku = :sku and r.status = :status
            order by r.createdAt desc, r.id desc""")
    List<ReservationJpaEntity> lockAtStock(String locationId, String sku, ReservationStatus status);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update ReservationJpaEntity r set r.quantity = :quantity, r.consumedQuantity = :consumedQuantity,
                r.status = :status, r.updatedAt = :now
            where r.id = :id""")
    int updateProgress(UUID id, int quantity, int consumedQuantity, ReservationStatus status, Instant now);
}
