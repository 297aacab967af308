package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.StockKey;

/** An absolute count from the WMS; a null safety stock keeps the current one (0 for a new row). */
public record SetStockLevelCommand(StockKey key, int onHand, Integer safetyStock) {
}
