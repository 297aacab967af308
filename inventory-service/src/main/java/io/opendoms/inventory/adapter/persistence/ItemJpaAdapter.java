package io.opendoms.inventory.adapter.persistence;

import io.opendoms.inventory.application.ItemsPort;
import io.opendoms.inventory.domain.Item;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

@Component
class ItemJpaAdapter implements ItemsPort {

    private final ItemJpaRepository repository;
    private final ItemJpaMapper mapper;

    ItemJpaAdapter(ItemJpaRepository repository, ItemJpaMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    @Override
    public Optional<Item> find(String sku) {
        return repository.findById(sku).map(mapper::toDomain);
    }

    @Override
    public Set<String> existing(Collection<String> skus) {
        return skus.isEmpty() ? Set.of() : repository.findExistingSkus(Set.copyOf(skus));
    }

    @Override
    public boolean save(Item item) {
        Instant now = Instant.now();
        Optional<ItemJpaEntity> found = repository.findById(item.sku());
        ItemJpaEntity entity = found.orElseGet(ItemJpaEntity::new);
        mapper.copy(item, entity);
        entity.setUpdatedAt(now);
        if (found.isPresent()) {
            return false;
        }
        entity.setCreatedAt(now);
        // flushed now: a concurrent create of the same SKU fails inside the request (409), not at commit
        repository.saveAndFlush(entity);
        return true;
    }
}
