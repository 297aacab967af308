package io.opendoms.fulfillment.adapter.persistence;

import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.fulfillment.domain.StatusChange;
import java.util.UUID;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper
interface FulfillmentOrderJpaMapper {

    FulfillmentOrder toDomain(FulfillmentOrderJpaEntity entity);

    @Mapping(target = "version", ignore = true)
    FulfillmentOrderJpaEntity toEntity(FulfillmentOrder fulfillmentOrder);

    /**
     * What the lifecycle changes (lines shrink with a short pick, a shortage or a cancel; cancel requests come and
     * go); identity and plan stay.
     */
    @BeanMapping(ignoreByDefault = true)
    @Mapping(target = "lines")
    @Mapping(target = "cancelRequests")
    @Mapping(target = "status")
    @Mapping(target = "statusOccurredAt")
    @Mapping(target = "carrier")
    @Mapping(target = "service")
    @Mapping(target = "trackingNumber")
    @Mapping(target = "updatedAt")
    void updateEntity(FulfillmentOrder fulfillmentOrder, @MappingTarget FulfillmentOrderJpaEntity entity);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "fulfillmentId", source = "fulfillmentId")
    @Mapping(target = "fromStatus", source = "change.from")
    @Mapping(target = "toStatus", source = "change.to")
    FulfillmentStatusHistoryJpaEntity toHistoryEntity(UUID fulfillmentId, StatusChange change);
}
