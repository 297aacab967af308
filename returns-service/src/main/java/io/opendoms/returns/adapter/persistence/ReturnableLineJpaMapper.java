package io.opendoms.returns.adapter.persistence;

import io.opendoms.returns.domain.ReturnableLine;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface ReturnableLineJpaMapper {

    @Mapping(target = "orderedQuantity", source = "orderedQty")
    ReturnableLine toDomain(ReturnableLineJpaEntity entity);
}
