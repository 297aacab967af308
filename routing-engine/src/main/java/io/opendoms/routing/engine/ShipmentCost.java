package io.opendoms.routing.engine;

import java.math.BigDecimal;

public record ShipmentCost(BigDecimal shipping, BigDecimal handling, BigDecimal total) {

    public static ShipmentCost of(BigDecimal shipping, BigDecimal handling) {
        return new ShipmentCost(shipping, handling, shipping.add(handling));
    }
}
