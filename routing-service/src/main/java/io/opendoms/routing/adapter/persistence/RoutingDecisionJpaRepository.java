package io.opendoms.routing.adapter.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RoutingDecisionJpaRepository extends JpaRepository<RoutingDecisionJpaEntity, UUID> {

    List<RoutingDecisionJpaEntity> findByOrderIdOrderByAttemptAsc(UUID orderId);

    @Query("select coalesce(max(d.attempt), 0) from RoutingDecisionJpaEntity d where d.orderId = :orderId")
    int maxAttempt(@Param("orderId") UUID orderId);

    /** A conditional transition: 0 when the decision is not (or no longer) {@code from}. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update RoutingDecisionJpaEntity d set d.status = :to
            where d.decisionId = :decisionId and d.orderId = :orderId and d.status = :from""")
    int transition(@Param("orderId") UUID orderId, @Param("decisionId") UUID decisionId,
                   @Param("from") String from, @Param("to") String to);

    /** Like {@link #transition} and records the reported shortages. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update RoutingDecisionJpaEntity d set d.status = :to, d.shortages = :shortages
            where d.decisionId = :decisionId and d.orderId = :orderId and d.status = :from""")
    int transition(@Param("orderId") UUID orderId, @Param("decisionId") UUID decisionId,
                   @Param("from") String from, @Param("to") String to, @Param("shortages") String shortages);
}
