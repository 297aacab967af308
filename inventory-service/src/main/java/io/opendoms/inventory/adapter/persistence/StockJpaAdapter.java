package io.opendoms.inventory.adapter.persistence;

import io.opendoms.inventory.application.StockPort;
import io.opendoms.inventory.domain.LocatedStock;
import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.domain.StockLevel;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class StockJpaAdapter implements StockPort {

    /**
     * Checks and reserves in one statement, which takes the row's lock and answers the row after it: a hold on a hot
     * row holds its lock from here to its commit, so nothing is read before it under the lock and nothing round-trips
     * for the figures the ledger and the event need.
     */
    private static final String RESERVE_IF_AVAILABLE = """
            update stock set reserved = reserved + ?, updated_at = ?
            where location_id = ? and sku = ? and on_hand - reserved - safety_stock >= ?
            returning on_hand, reserved, safety_stock, counted_at""";

    private final StockJpaRepository repository;
    private final StockJpaMapper mapper;
    private final JdbcTemplate jdbc;

    StockJpaAdapter(StockJpaRepository repository, StockJpaMapper mapper, JdbcTemplate jdbc) {
        this.repository = repository;
        this.mapper = mapper;
        this.jdbc = jdbc;
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
    public Optional<StockLevel> reserveIfAvailable(StockKey key, int quantity) {
        List<StockLevel> after = jdbc.query(RESERVE_IF_AVAILABLE, (rs, row) -> {
            OffsetDateTime countedAt = rs.getObject(4, OffsetDateTime.class);
            return new StockLevel(key, rs.getInt(1), rs.getInt(2), rs.getInt(3),
                    countedAt == null ? null : countedAt.toInstant());
        }, quantity, Instant.now().atOffset(ZoneOffset.UTC), key.locationId(), key.sku(), quantity);
        return after.stream().findFirst();
    }

    @Override
    public boolean release(StockKey key, int quantity) {
        return repository.release(mapper.toId(key), quantity, Instant.now()) == 1;
    }

    @Override
    public boolean deduct(StockKey key, int fromOnHand, int fromReserved) {
        return repository.deduct(mapper.toId(key), fromOnHand, fromReserved, Instant.now()) == 1;
    }

    @Override
    public List<LocatedStock> findAtActiveLocations(Collection<String> skus) {
        if (skus.isEmpty()) {
            return List.of();
        }
        return repository.findAtActiveLocations(skus).stream().map(mapper::toDomain).toList();
    }

    private static void requireOneRow(int rows, StockKey key) {
        if (rows != 1) {
            throw new IllegalStateException("Stock row " + key + " is missing");
        }
    }
}
