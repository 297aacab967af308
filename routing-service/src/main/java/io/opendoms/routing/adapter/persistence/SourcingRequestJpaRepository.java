package io.opendoms.routing.adapter.persistence;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SourcingRequestJpaRepository extends JpaRepository<SourcingRequestJpaEntity, UUID> {
}
