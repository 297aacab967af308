package io.opendoms.inventory.adapter.web;

import java.math.BigDecimal;

public record ItemResponse(
        String sku,
        String name,
        BigDecimal weightKg,
        boolean returnable,
        int returnWindowDays,
        boolean dcOnly,
        boolean shipAlone) {
}
