package io.opendoms.inventory.adapter.web;

import java.util.List;

public record StockLevelsResponse(List<StockResponse> items) {
}
