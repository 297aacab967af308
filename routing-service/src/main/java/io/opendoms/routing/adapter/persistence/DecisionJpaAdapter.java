package io.opendoms.routing.adapter.persistence;

import io.opendoms.routing.application.port.out.DecisionPort;
import io.opendoms.routing.domain.DecisionStatus;
import io.opendoms.routing.domain.RoutingDecision;
import io.opendoms.routing.domain.Shortage;
import io.opendoms.routing.domain.DecisionInputs;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
class DecisionJpaAdapter implements DecisionPort {

    // its own mapper, so that the stored format does not follow the web's JSON settings
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RoutingDecisionJpaRepository repository;
    private final DecisionJpaMapper mapper;
    private final JdbcTemplate jdbc;

    DecisionJpaAdapter(RoutingDecisionJpaRepository repository, DecisionJpaMapper mapper, JdbcTemplate jdbc) {
        this.repository = repository;
        this.mapper = mapper;
        this.jdbc = jdbc;
    }

    @Override
    public void saveInputs(UUID decisionId, DecisionInputs inputs) {
        // the decision row first: the inputs reference it
        repository.flush();
        jdbc.update("insert into decision_inputs (decision_id, inputs) values (?, ?)", decisionId,
                JSON.writeValueAsString(InputsDocument.of(inputs)));
    }

    @Override
    public Optional<DecisionInputs> loadInputs(UUID decisionId) {
        return jdbc.queryForList("select inputs from decision_inputs where decision_id = ?", String.class, decisionId)
                .stream().findFirst().map(json -> JSON.readValue(json, InputsDocument.class).toDomain());
    }

    @Override
    public List<ReplayableDecision> firstDecisions(Instant from, Instant to, int limit) {
        List<UUID> ids = jdbc.queryForList("""
                select d.decision_id from routing_decision d join decision_inputs i on i.decision_id = d.decision_id
                where d.trigger = 'ORDER_RECEIVED' and d.decided_at >= ? and d.decided_at < ?
                order by d.decided_at, d.decision_id limit ?""", UUID.class, Timestamp.from(from), Timestamp.from(to),
                limit);
        List<ReplayableDecision> found = new ArrayList<>();
        for (UUID id : ids) {
            load(id).ifPresent(d -> loadInputs(id).ifPresent(in -> found.add(new ReplayableDecision(d, in))));
        }
        return found;
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
    public boolean hasReserving(UUID orderId) {
        repository.flush();
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from routing_decision where order_id = ? and status = 'RESERVING')",
                Boolean.class, orderId));
    }

    @Override
    public int nextAttempt(UUID orderId) {
        return repository.maxAttempt(orderId) + 1;
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
