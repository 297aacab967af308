package io.opendoms.routing.adapter.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LocationViewJpaRepository extends JpaRepository<LocationViewJpaEntity, String> {
}
