package io.opendoms.routing.adapter.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ItemViewJpaRepository extends JpaRepository<ItemViewJpaEntity, String> {
}
