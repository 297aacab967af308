package io.opendoms.returns.adapter.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReturnableLineJpaRepository extends JpaRepository<ReturnableLineJpaEntity, ReturnableLineJpaEntity.Key> {

    List<ReturnableLineJpaEntity> findByOrderId(UUID orderId);
}
