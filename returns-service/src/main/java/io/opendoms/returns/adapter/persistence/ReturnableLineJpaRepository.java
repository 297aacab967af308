package io.opendoms.returns.adapter.persistence;

import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * A line is written by two listeners at once (orders, fulfillments), so each write is a single statement touching
 * only the columns of its own event; a read-then-write in Java would let one overwrite the other.
 */
interface ReturnableLineJpaRepository extends JpaRepository<ReturnableLineJpaEntity, ReturnableLineJpaEntity.Key> {

    List<ReturnableLineJpaEntity> findByOrderId(UUID orderId);

    /** Locked in line order, so that two returns of one order queue instead of deadlocking. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from ReturnableLineJpaEntity l where l.orderId = :orderId order by l.lineId")
    List<ReturnableLineJpaEntity> lockByOrderId(UUID orderId);

    @Modifying
    @Query(nativeQuery = true, value = """
            insert into returnable_line (order_id, line_id, sku, unit_price, currency, ordered_qty, channel, version)
            values (:orderId, :lineId, :sku, :unitPrice, :currency, :orderedQty, :channel, 0)
            on conflict (order_id, line_id) do update
            set sku = excluded.sku, unit_price = excluded.unit_price, currency = excluded.currency,
                ordered_qty = excluded.ordered_qty, channel = excluded.channel,
                version = returnable_line.version + 1""")
    void upsertOrdered(UUID orderId, String lineId, String sku, BigDecimal unitPrice, String currency,
                       Integer orderedQty, String channel);

    @Modifying
    @Query(nativeQuery = true, value = """
            insert into returnable_line (order_id, line_id, sku, version)
            values (:orderId, :lineId, :sku, 0)
            on conflict (order_id, line_id) do nothing""")
    void insertIfAbsent(UUID orderId, String lineId, String sku);

    /** 0 when this fulfillment order's delivery of the line is already recorded. */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into returnable_line_delivery (order_id, line_id, fulfillment_id, quantity, delivered_at)
            values (:orderId, :lineId, :fulfillmentId, :quantity, :deliveredAt)
            on conflict (order_id, line_id, fulfillment_id) do nothing""")
    int insertDelivery(UUID orderId, String lineId, UUID fulfillmentId, int quantity, Instant deliveredAt);

    /**
     * Adds to the totals rather than summing the delivery rows: under read committed, a sum would miss the row of
     * a concurrent delivery that commits while this update waits for the line's lock.
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            update returnable_line
            set delivered_qty = delivered_qty + :quantity, delivered_at = greatest(delivered_at, :deliveredAt),
                version = version + 1
            where order_id = :orderId and line_id = :lineId""")
    int addDelivered(UUID orderId, String lineId, int quantity, Instant deliveredAt);
}
