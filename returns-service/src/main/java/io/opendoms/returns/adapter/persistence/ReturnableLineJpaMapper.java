package io.opendoms.returns.adapter.persistence;

import io.opendoms.returns.domain.ReturnableLine;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper
interface ReturnableLineJpaMapper {

    @Mapping(target = "orderedQuantity", source = "orderedQty")
    ReturnableLine toDomain(ReturnableLineJpaEntity entity);

    @Mapping(target = "orderedQty", source = "orderedQuantity")
    @Mapping(target = "deliveredQty", source = "deliveredQuantity")
    @Mapping(target = "version", ignore = true)
    ReturnableLineJpaEntity toEntity(ReturnableLine line);

    @Mapping(target = "orderId", ignore = true)
    @Mapping(target = "lineId", ignore = true)
    @Mapping(target = "orderedQty", source = "orderedQuantity")
    @Mapping(target = "deliveredQty", source = "deliveredQuantity")
    @Mapping(target = "version", ignore = true)
    void updateEntity(ReturnableLine line, @MappingTarget ReturnableLineJpaEntity entity);
}
