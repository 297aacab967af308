package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.StockMovement;
import java.util.List;

public record MovementPage(List<StockMovement> items, int page, int size, long totalItems) {
}
