package io.opendoms.inventory.adapter.persistence;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface StockJpaRepository extends JpaRepository<StockJpaEntity, StockId> {

    /**
     * Row locks taken in key order, so that transactions locking overlapping rows queue instead of deadlocking.
     * On PostgreSQL, Hibernate renders PESSIMISTIC_WRITE as {@code FOR NO KEY UPDATE}: exclusive among writers
     * like {@code FOR UPDATE}, while still letting reservation rows reference the stock row.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from StockJpaEntity s where s.id in :ids order by s.id.locationId, s.id.sku")
    List<StockJpaEntity> lockAll(Collection<StockId> ids);

    @Modifying
    @Query(nativeQuery = true, value = """
            insert into stock (location_id, sku, on_hand, reserved, safety_stock, updated_at)
            values (:locationId, :sku, 0, 0, 0, :now)
            on conflict (location_id, sku) do nothing""")
    int insertIfAbsent(String locationId, String sku, Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update StockJpaEntity s set s.onHand = :onHand, s.safetyStock = :safetyStock, s.countedAt = :countedAt,
                s.updatedAt = :now
            where s.id = :id""")
    int updateCounts(StockId id, int onHand, int safetyStock, Instant countedAt, Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update StockJpaEntity s set s.reserved = :reserved, s.updatedAt = :now where s.id = :id")
    int setReserved(StockId id, int reserved, Instant now);

    /** Reserves only what is available at the moment of the update; 0 rows when it is not. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update StockJpaEntity s set s.reserved = s.reserved + :quantity, s.updatedAt = :now
            where s.id = :id and s.onHand - s.reserved - s.safetyStock >= :quantity""")
    int reserve(StockId id, int quantity, Instant now);

    /** Gives back reserved units; 0 rows when fewer are reserved. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update StockJpaEntity s set s.reserved = s.reserved - :quantity, s.updatedAt = :now
            where s.id = :id and s.reserved >= :quantity""")
    int release(StockId id, int quantity, Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update StockJpaEntity s
            set s.onHand = s.onHand - :fromOnHand, s.reserved = s.reserved - :fromReserved, s.updatedAt = :now
            where s.id = :id and s.onHand >= :fromOnHand and s.reserved >= :fromReserved""")
    int deduct(StockId id, int fromOnHand, int fromReserved, Instant now);
}
