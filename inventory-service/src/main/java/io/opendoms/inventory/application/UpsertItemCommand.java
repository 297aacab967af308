package io.opendoms.inventory.application;

import java.math.BigDecimal;

public record UpsertItemCommand(
        String sku,
        String name,
        BigDecimal weightKg,
        boolean returnable,
        int returnWindowDays,
        boolean dcOnly,
        boolean shipAlone) {
}
