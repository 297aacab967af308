package io.opendoms.events.inventory;

import io.opendoms.events.EventPayload;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A checkout hold reserved its lines until {@code expiresAt}: the units are no longer available to anyone else
 * until the hold ends ({@link HoldEnded}).
 */
public record HoldPlaced(UUID holdId, Instant expiresAt, List<Line> lines) implements EventPayload {

    public record Line(String locationId, String sku, int quantity) {
    }

    @Override
    public String eventKey() {
        return holdId.toString();
    }
}
