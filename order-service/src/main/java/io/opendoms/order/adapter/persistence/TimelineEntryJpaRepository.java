package io.opendoms.order.adapter.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TimelineEntryJpaRepository extends JpaRepository<TimelineEntryJpaEntity, Long> {

    List<TimelineEntryJpaEntity> findByOrderIdOrderByIdAsc(UUID orderId);
}
