package io.opendoms.inventory.adapter.web;

import java.util.List;

public record StockMovementsResponse(List<StockMovementResponse> items, int page, int size, long totalItems) {
}
