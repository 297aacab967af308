package io.opendoms.inventory.adapter.persistence;

import io.opendoms.inventory.application.LocationsPort;
import io.opendoms.inventory.domain.Location;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class LocationJpaAdapter implements LocationsPort {

    private final LocationJpaRepository repository;
    private final LocationJpaMapper mapper;
    private final UpsertLock lock;
    private final JdbcTemplate jdbc;

    LocationJpaAdapter(LocationJpaRepository repository, LocationJpaMapper mapper, UpsertLock lock, JdbcTemplate jdbc) {
        this.repository = repository;
        this.mapper = mapper;
        this.lock = lock;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Boolean> isActive(String locationId) {
        // plain JDBC: every hold at a named location asks, and loading the entity costs more than the answer
        return jdbc.queryForList("select active from location where location_id = ?", Boolean.class, locationId)
                .stream().findFirst();
    }

    @Override
    public Optional<Location> find(String locationId) {
        return repository.findById(locationId).map(mapper::toDomain);
    }

    @Override
    public List<Location> findAll() {
        return repository.findAllByOrderByIdAsc().stream().map(mapper::toDomain).toList();
    }

    @Override
    public Set<String> existing(Collection<String> locationIds) {
        return locationIds.isEmpty() ? Set.of() : repository.findExistingIds(Set.copyOf(locationIds));
    }

    @Override
    public Set<String> active(Collection<String> locationIds) {
        return locationIds.isEmpty() ? Set.of() : repository.findActiveIds(Set.copyOf(locationIds));
    }

    @Override
    public boolean save(Location location) {
        // one upsert of this location at a time, so its events leave in the order its states were committed
        lock.lock("location", location.id());
        Instant now = Instant.now();
        Optional<LocationJpaEntity> found = repository.findById(location.id());
        LocationJpaEntity entity = found.orElseGet(LocationJpaEntity::new);
        mapper.copy(location, entity);
        entity.setUpdatedAt(now);
        if (found.isPresent()) {
            return false;
        }
        entity.setCreatedAt(now);
        // flushed now: a constraint violation fails inside the request (409), not at commit
        repository.saveAndFlush(entity);
        return true;
    }
}
