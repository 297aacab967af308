package io.opendoms.inventory.adapter.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ItemJpaRepository extends JpaRepository<ItemJpaEntity, String> {
}
