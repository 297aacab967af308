package io.opendoms.routing.adapter.persistence;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StockViewJpaRepository extends JpaRepository<StockViewJpaEntity, StockViewJpaEntity.Key> {

    /** Two consumers write stock (inventory events, reservation failures): an upsert cannot collide on insert. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(nativeQuery = true, value = """
            INSERT INTO stock_view (location_id, sku, available, updated_at)
            VALUES (:locationId, :sku, :available, :updatedAt)
            ON CONFLICT (location_id, sku)
            DO UPDATE SET available = excluded.available, updated_at = excluded.updated_at""")
    void upsert(@Param("locationId") String locationId, @Param("sku") String sku,
                @Param("available") int available, @Param("updatedAt") Instant updatedAt);
}
