package io.opendoms.routing.adapter.persistence;

import io.opendoms.routing.application.port.out.SourcingRequestPort;
import io.opendoms.routing.domain.SourcingRequest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
class SourcingRequestJpaAdapter implements SourcingRequestPort {

    private final SourcingRequestJpaRepository repository;
    private final SourcingRequestJpaMapper mapper;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    SourcingRequestJpaAdapter(SourcingRequestJpaRepository repository, SourcingRequestJpaMapper mapper,
                              Clock clock, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public boolean saveIfAbsent(SourcingRequest request) {
        if (repository.existsById(request.orderId())) {
            return false;
        }
        SourcingRequestJpaEntity entity = mapper.toEntity(request);
        entity.setCreatedAt(clock.instant());
        // a concurrent first delivery of the same order fails on the primary key and is retried as a duplicate
        repository.saveAndFlush(entity);
        return true;
    }

    @Override
    public Optional<SourcingRequest> loadForUpdate(UUID orderId) {
        List<UUID> locked = jdbc.queryForList("select order_id from sourcing_request where order_id = ? for update",
                UUID.class, orderId);
        return locked.isEmpty() ? Optional.empty() : load(orderId);
    }

    @Override
    public Optional<SourcingRequest> load(UUID orderId) {
        return repository.findById(orderId).map(mapper::toDomain);
    }
}
