package io.opendoms.inventory.adapter.persistence;

import io.opendoms.inventory.application.LocationsPort;
import io.opendoms.inventory.domain.Location;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

@Component
class LocationJpaAdapter implements LocationsPort {

    private final LocationJpaRepository repository;
    private final LocationJpaMapper mapper;

    LocationJpaAdapter(LocationJpaRepository repository, LocationJpaMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
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
    public boolean save(Location location) {
        Instant now = Instant.now();
        Optional<LocationJpaEntity> found = repository.findById(location.id());
        LocationJpaEntity entity = found.orElseGet(LocationJpaEntity::new);
        mapper.copy(location, entity);
        entity.setUpdatedAt(now);
        if (found.isPresent()) {
            return false;
        }
        entity.setCreatedAt(now);
        // flushed now: a concurrent create of the same id fails inside the request (409), not at commit
        repository.saveAndFlush(entity);
        return true;
    }
}
