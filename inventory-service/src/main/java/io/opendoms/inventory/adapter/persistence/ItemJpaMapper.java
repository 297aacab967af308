package io.opendoms.inventory.adapter.persistence;

import io.opendoms.inventory.domain.Item;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper
public interface ItemJpaMapper {

    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    void copy(Item item, @MappingTarget ItemJpaEntity entity);

    Item toDomain(ItemJpaEntity entity);
}
