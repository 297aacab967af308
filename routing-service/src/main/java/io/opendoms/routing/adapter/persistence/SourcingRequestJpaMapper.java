package io.opendoms.routing.adapter.persistence;

import io.opendoms.routing.engine.OrderLine;
import io.opendoms.routing.domain.SourcingRequest;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface SourcingRequestJpaMapper {

    @Mapping(target = "shipToPostalCode", source = "shipTo.postalCode")
    @Mapping(target = "shipToCountry", source = "shipTo.country")
    @Mapping(target = "shipToLatitude", source = "shipTo.latitude")
    @Mapping(target = "shipToLongitude", source = "shipTo.longitude")
    @Mapping(target = "createdAt", ignore = true)
    SourcingRequestJpaEntity toEntity(SourcingRequest request);

    @Mapping(target = "shipTo.postalCode", source = "shipToPostalCode")
    @Mapping(target = "shipTo.country", source = "shipToCountry")
    @Mapping(target = "shipTo.latitude", source = "shipToLatitude")
    @Mapping(target = "shipTo.longitude", source = "shipToLongitude")
    SourcingRequest toDomain(SourcingRequestJpaEntity entity);

    SourcingRequestJpaEntity.Line toEntity(OrderLine line);

    OrderLine toDomain(SourcingRequestJpaEntity.Line line);
}
