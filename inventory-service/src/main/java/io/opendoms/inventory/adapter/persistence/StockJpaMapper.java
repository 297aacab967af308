package io.opendoms.inventory.adapter.persistence;

import io.opendoms.inventory.domain.GeoPoint;
import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.domain.StockLevel;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(imports = {GeoPoint.class, StockKey.class, StockLevel.class})
public interface StockJpaMapper {

    // by hand: StockLevel's domain operations (adjust, reserve, ship...) look like fluent setters to MapStruct
    default StockLevel toDomain(StockJpaEntity entity) {
        return new StockLevel(toKey(entity.getId()), entity.getOnHand(), entity.getReserved(),
                entity.getSafetyStock(), entity.getCountedAt());
    }

    StockKey toKey(StockId id);

    default StockId toId(StockKey key) {
        return new StockId(key.locationId(), key.sku());
    }
}
