package io.opendoms.inventory.adapter.persistence;

import io.opendoms.inventory.application.StockPort;
import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.domain.StockLevel;
import io.opendoms.inventory.domain.StockMovementKind;
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
     * Checks, reserves and records the ledger's movement in one statement, which takes the row's lock and answers the
     * row after it. A hold on a hot row holds that lock from here to its commit, and every round trip in between
     * makes the next hold wait for it: so no read before it under the lock, and the ledger row (the figures after the
     * update, the deltas, as {@code StockLedgerJdbcAdapter} writes them) in the same statement. Inserted under the
     * lock, the ledger row keeps its place in the row's order of changes.
     */
    private static final String RESERVE_IF_AVAILABLE = """
            with changed as (
                update stock set reserved = reserved + ?, updated_at = ?
                where location_id = ? and sku = ? and on_hand - reserved - safety_stock >= ?
                returning location_id, sku, on_hand, reserved, safety_stock, counted_at),
            recorded as (
                insert into stock_movement (location_id, sku, kind, occurred_at, recorded_at, reference, actor,
                                            on_hand_delta, reserved_delta, on_hand, reserved, physical_delta)
                select location_id, sku, ?, ?, ?, ?, ?, 0, ?, on_hand, reserved, 0 from changed)
            select on_hand, reserved, safety_stock, counted_at from changed""";

    /** What {@code lockAll}'s PESSIMISTIC_WRITE renders on PostgreSQL (see {@link StockJpaRepository}). */
    private static final String LOCK_ONE = """
            select s.on_hand, s.reserved, s.safety_stock, s.counted_at, l.active
            from stock s join location l on l.location_id = s.location_id
            where s.location_id = ? and s.sku = ? for no key update of s""";
    private static final String RESERVE_LOCKED = """
            update stock set reserved = reserved + ?, updated_at = ?
            where location_id = ? and sku = ? and on_hand - reserved - safety_stock >= ?""";

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
    public Optional<LockedRow> lockOne(StockKey key) {
        return jdbc.query(LOCK_ONE, (rs, row) -> {
            OffsetDateTime countedAt = rs.getObject(4, OffsetDateTime.class);
            return new LockedRow(new StockLevel(key, rs.getInt(1), rs.getInt(2), rs.getInt(3),
                    countedAt == null ? null : countedAt.toInstant()), rs.getBoolean(5));
        }, key.locationId(), key.sku()).stream().findFirst();
    }

    @Override
    public boolean reserveLocked(StockKey key, int quantity) {
        return jdbc.update(RESERVE_LOCKED, quantity, OffsetDateTime.now(ZoneOffset.UTC), key.locationId(), key.sku(),
                quantity) == 1;
    }

    @Override
    public Optional<StockLevel> reserveIfAvailable(StockKey key, int quantity, StockMovementKind kind,
                                                   String reference, String actor, Instant at) {
        OffsetDateTime time = at.atOffset(ZoneOffset.UTC);
        List<StockLevel> after = jdbc.query(RESERVE_IF_AVAILABLE, (rs, row) -> {
            OffsetDateTime countedAt = rs.getObject(4, OffsetDateTime.class);
            return new StockLevel(key, rs.getInt(1), rs.getInt(2), rs.getInt(3),
                    countedAt == null ? null : countedAt.toInstant());
        }, quantity, time, key.locationId(), key.sku(), quantity, kind.name(), time, time, reference, actor, quantity);
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
    public void setReserved(StockKey key, int reserved) {
        requireOneRow(repository.setReserved(mapper.toId(key), reserved, Instant.now()), key);
    }

    private static void requireOneRow(int rows, StockKey key) {
        if (rows != 1) {
            throw new IllegalStateException("Stock row " + key + " is missing");
        }
    }
}
