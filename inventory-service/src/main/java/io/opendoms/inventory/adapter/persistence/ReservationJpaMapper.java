package io.opendoms.inventory.adapter.persistence;

import io.opendoms.inventory.domain.Reservation;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface ReservationJpaMapper {

    @Mapping(target = "updatedAt", source = "createdAt")
    ReservationJpaEntity toEntity(Reservation reservation);

    // consume is a domain operation that MapStruct would take for a fluent setter
    @Mapping(target = "consume", ignore = true)
    @Mapping(target = "cut", ignore = true)
    Reservation toDomain(ReservationJpaEntity entity);
}
