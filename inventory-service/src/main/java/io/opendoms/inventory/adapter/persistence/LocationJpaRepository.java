package io.opendoms.inventory.adapter.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LocationJpaRepository extends JpaRepository<LocationJpaEntity, String> {

    List<LocationJpaEntity> findAllByOrderByIdAsc();

    @Query("select l.id from LocationJpaEntity l where l.id in :ids")
    Set<String> findExistingIds(Collection<String> ids);

    @Query("select l.id from LocationJpaEntity l where l.id in :ids and l.active = true")
    Set<String> findActiveIds(Collection<String> ids);
}
