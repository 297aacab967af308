package io.opendoms.inventory.adapter.persistence;

import io.opendoms.inventory.application.StockPort;
import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.domain.StockLevel;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.springframework.stereotype.Component;

@Component
class StockJpaAdapter implements StockPort {

    private final StockJpaRepository repository;
    private final StockJpaMapper mapper;

    StockJpaAdapter(StockJpaRepository repository, StockJpaMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    @Override
    public Optional<StockLevel> find(StockKey key) {
        return repository.findById(mapper.toId(key)).map(mapper::toDomain);
    }

    @Override
    public List<StockLevel> lockExisting(SortedSet<StockKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return repository.lockAll(keys.stream().map(mapper::toId).toList()).stream()
                .map(mapper::toDomain)
                .toList();
    }

    @Override
    public List<StockLevel> lockOrCreate(SortedSet<StockKey> keys) {
        Instant now = Instant.now();
        // in key order too: an insert waits on a concurrent insert of the same key until it commits
        keys.forEach(key -> repository.insertIfAbsent(key.locationId(), key.sku(), now));
        return lockExisting(keys);
    }

    @Override
    public void saveCounts(StockLevel level) {
        requireOneRow(repository.updateCounts(mapper.toId(level.key()), level.onHand(), level.safetyStock(),
                level.countedAt(), Instant.now()), level.key());
    }

    @Override
    public boolean reserve(StockKey key, int quantity) {
        return repository.reserve(mapper.toId(key), quantity, Instant.now()) == 1;
    }

    @Override
    public boolean deduct(StockKey key, int fromOnHand, int fromReserved) {
        return repository.deduct(mapper.toId(key), fromOnHand, fromReserved, Instant.now()) == 1;
    }

    @Override
    public void setReserved(StockKey key, int reserved) {
        requireOneRow(repository.setReserved(mapper.toId(key), reserved, Instant.now()), key);
    }

    private static void requireOneRow(int rows, StockKey key) {
        if (rows != 1) {
            throw new IllegalStateException("Stock row " + key + " is missing");
        }
    }
}
