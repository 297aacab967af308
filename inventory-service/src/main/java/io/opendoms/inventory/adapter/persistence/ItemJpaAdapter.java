package io.opendoms.inventory.adapter.persistence;

import io.opendoms.inventory.application.ItemsPort;
import io.opendoms.inventory.domain.Item;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class ItemJpaAdapter implements ItemsPort {

    private final ItemJpaRepository repository;
    private final ItemJpaMapper mapper;
    private final UpsertLock lock;
    private final JdbcTemplate jdbc;

    ItemJpaAdapter(ItemJpaRepository repository, ItemJpaMapper mapper, UpsertLock lock, JdbcTemplate jdbc) {
        this.repository = repository;
        this.mapper = mapper;
        this.lock = lock;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Item> find(String sku) {
        return repository.findById(sku).map(mapper::toDomain);
    }

    @Override
    public Set<String> existing(Collection<String> skus) {
        // plain JDBC: every hold and adjustment asks, and a JPQL query costs more CPU than the lookup itself
        return skus.isEmpty() ? Set.of() : Set.copyOf(jdbc.queryForList("select sku from item where sku = any(?)",
                String.class, (Object) skus.stream().distinct().toArray(String[]::new)));
    }

    @Override
    public boolean save(Item item) {
        // one upsert of this item at a time, so its events leave in the order its states were committed
        lock.lock("item", item.sku());
        Instant now = Instant.now();
        Optional<ItemJpaEntity> found = repository.findById(item.sku());
        ItemJpaEntity entity = found.orElseGet(ItemJpaEntity::new);
        mapper.copy(item, entity);
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
