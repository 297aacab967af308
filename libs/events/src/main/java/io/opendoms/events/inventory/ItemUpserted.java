package io.opendoms.events.inventory;

import io.opendoms.events.EventPayload;
import java.math.BigDecimal;

/** An item of the item master was created or replaced. */
public record ItemUpserted(
        String sku,
        String name,
        BigDecimal weightKg,
        boolean returnable,
        int returnWindowDays,
        boolean dcOnly,
        boolean shipAlone) implements EventPayload {

    @Override
    public String eventKey() {
        return sku;
    }
}
