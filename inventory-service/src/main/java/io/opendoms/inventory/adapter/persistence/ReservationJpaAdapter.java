package io.opendoms.inventory.adapter.persistence;

import io.opendoms.inventory.application.ReservationsPort;
import io.opendoms.inventory.domain.Reservation;
import io.opendoms.inventory.domain.ReservationStatus;
import io.opendoms.inventory.domain.StockKey;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
class ReservationJpaAdapter implements ReservationsPort {

    private final ReservationJpaRepository repository;
    private final ReservationJpaMapper mapper;

    ReservationJpaAdapter(ReservationJpaRepository repository, ReservationJpaMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    @Override
    public boolean existsForDecision(UUID decisionId) {
        return repository.existsByDecisionId(decisionId);
    }

    @Override
    public void insertAll(List<Reservation> reservations) {
        repository.saveAll(reservations.stream().map(mapper::toEntity).toList());
    }

    @Override
    public List<Reservation> lockActive(UUID orderId, String locationId, String lineId) {
        return repository.lockByStatus(orderId, locationId, lineId, ReservationStatus.ACTIVE).stream()
                .map(mapper::toDomain)
                .toList();
    }

    @Override
    public List<Reservation> lockActiveAt(StockKey key) {
        return repository.lockAtStock(key.locationId(), key.sku(), ReservationStatus.ACTIVE).stream()
                .map(mapper::toDomain)
                .toList();
    }

    @Override
    public void update(Reservation reservation) {
        if (repository.updateProgress(reservation.id(), reservation.quantity(), reservation.consumedQuantity(),
                reservation.status(), Instant.now()) != 1) {
            throw new IllegalStateException("Reservation " + reservation.id() + " is missing");
        }
    }
}
