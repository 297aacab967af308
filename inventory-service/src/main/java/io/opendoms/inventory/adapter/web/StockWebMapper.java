package io.opendoms.inventory.adapter.web;

import io.opendoms.inventory.application.AdjustStockCommand;
import io.opendoms.inventory.application.MovementPage;
import io.opendoms.inventory.application.SetStockLevelCommand;
import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.domain.StockLevel;
import io.opendoms.inventory.domain.StockMovement;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(imports = StockKey.class)
public interface StockWebMapper {

    default SetStockLevelCommand toCommand(String locationId, String sku, StockSnapshotRequest request,
                                           String clientId) {
        return new SetStockLevelCommand(new StockKey(locationId, sku), request.onHand(), request.safetyStock(),
                request.countedAt(), clientId);
    }

    default AdjustStockCommand toCommand(StockAdjustmentsRequest request, String clientId, String idempotencyKey) {
        return new AdjustStockCommand(clientId, idempotencyKey, toAdjustments(request.adjustments()));
    }

    List<AdjustStockCommand.Adjustment> toAdjustments(List<StockAdjustmentsRequest.Adjustment> adjustments);

    @Mapping(target = "key", expression = "java(new StockKey(adjustment.locationId(), adjustment.sku()))")
    AdjustStockCommand.Adjustment toAdjustment(StockAdjustmentsRequest.Adjustment adjustment);

    @Mapping(target = "locationId", source = "key.locationId")
    @Mapping(target = "sku", source = "key.sku")
    @Mapping(target = "available", expression = "java(level.available())")
    StockResponse toResponse(StockLevel level);

    List<StockResponse> toResponses(List<StockLevel> levels);

    StockMovementsResponse toResponse(MovementPage page);

    StockMovementResponse toResponse(StockMovement movement);
}
