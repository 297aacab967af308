package io.opendoms.inventory.adapter.web;

import io.opendoms.inventory.application.AdjustStockCommand;
import io.opendoms.inventory.application.SetStockLevelCommand;
import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.domain.StockLevel;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(imports = StockKey.class)
public interface StockWebMapper {

    @Mapping(target = "key", expression = "java(new StockKey(locationId, sku))")
    SetStockLevelCommand toCommand(String locationId, String sku, StockSnapshotRequest request);

    AdjustStockCommand toCommand(StockAdjustmentsRequest request);

    @Mapping(target = "key", expression = "java(new StockKey(adjustment.locationId(), adjustment.sku()))")
    AdjustStockCommand.Adjustment toAdjustment(StockAdjustmentsRequest.Adjustment adjustment);

    @Mapping(target = "locationId", source = "key.locationId")
    @Mapping(target = "sku", source = "key.sku")
    @Mapping(target = "available", expression = "java(level.available())")
    StockResponse toResponse(StockLevel level);

    List<StockResponse> toResponses(List<StockLevel> levels);
}
