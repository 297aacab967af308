package io.opendoms.fulfillment.adapter.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

interface FulfillmentStatusHistoryJpaRepository extends JpaRepository<FulfillmentStatusHistoryJpaEntity, Long> {
}
