package io.opendoms.routing.adapter.persistence;

import io.opendoms.routing.application.port.out.DecisionPort;
import io.opendoms.routing.domain.DecisionStatus;
import io.opendoms.routing.domain.RoutingDecision;
import io.opendoms.routing.domain.Shortage;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
class DecisionJpaAdapter implements DecisionPort {

    private final RoutingDecisionJpaRepository repository;
    private final DecisionJpaMapper mapper;

    DecisionJpaAdapter(RoutingDecisionJpaRepository repository, DecisionJpaMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    @Override
    public void save(RoutingDecision decision, Long configVersion) {
        RoutingDecisionJpaEntity entity = mapper.toEntity(decision);
        entity.setConfigVersion(configVersion);
        repository.save(entity);
    }

    @Override
    public Optional<RoutingDecision> load(UUID decisionId) {
        return repository.findById(decisionId).map(mapper::toDomain);
    }

    @Override
    public List<RoutingDecision> loadForOrder(UUID orderId) {
        return repository.findByOrderIdOrderByAttemptAsc(orderId).stream().map(mapper::toDomain).toList();
    }

    @Override
    public boolean markAllocated(UUID orderId, UUID decisionId) {
        return repository.transition(orderId, decisionId, DecisionStatus.RESERVING.name(),
                DecisionStatus.ALLOCATED.name()) == 1;
    }

    @Override
    public boolean markReservationFailed(UUID orderId, UUID decisionId, List<Shortage> shortages) {
        return repository.transition(orderId, decisionId, DecisionStatus.RESERVING.name(),
                DecisionStatus.RESERVATION_FAILED.name(), mapper.toJson(shortages)) == 1;
    }
}
