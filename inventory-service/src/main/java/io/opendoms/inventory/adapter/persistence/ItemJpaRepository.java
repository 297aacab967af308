package io.opendoms.inventory.adapter.persistence;

import java.util.Collection;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ItemJpaRepository extends JpaRepository<ItemJpaEntity, String> {

    @Query("select i.sku from ItemJpaEntity i where i.sku in :skus")
    Set<String> findExistingSkus(Collection<String> skus);
}
