package io.opendoms.fulfillment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

final class FulfillmentOrderFixture {

    static final Instant RELEASED_AT = Instant.parse("2026-11-22T10:00:00Z");
    /** Planned to leave the location the day after its release. */
    static final LocalDate SHIP_DATE = LocalDate.parse("2026-11-23");

    static FulfillmentOrder aReleasedOrder() {
        return FulfillmentOrder.release(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "S1", "DC-NJ", FulfillmentType.SHIP,
                List.of(new FulfillmentLine("L1", "SKU-1", 2), new FulfillmentLine("L2", "SKU-2", 1)),
                "UPS", "GROUND", SHIP_DATE, LocalDate.parse("2026-11-25"), RELEASED_AT);
    }

    /** Like {@link #aReleasedOrder()}, for the customer to collect at a store. */
    static FulfillmentOrder aReleasedPickup() {
        return FulfillmentOrder.release(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "S1", "STORE-9",
                FulfillmentType.PICKUP,
                List.of(new FulfillmentLine("L1", "SKU-1", 2), new FulfillmentLine("L2", "SKU-2", 1)),
                null, null, SHIP_DATE, LocalDate.parse("2026-11-25"), RELEASED_AT);
    }

    static FulfillmentOrder aShippedOrder() {
        FulfillmentOrder fo = aReleasedOrder();
        fo.recordWmsEvent(WmsEventType.SHIPPED, at(60), null, null, "1Z999", at(60));
        fo.pullNewChanges();
        return fo;
    }

    static Instant at(long minutesAfterRelease) {
        return RELEASED_AT.plusSeconds(minutesAfterRelease * 60);
    }

    private FulfillmentOrderFixture() {
    }
}
