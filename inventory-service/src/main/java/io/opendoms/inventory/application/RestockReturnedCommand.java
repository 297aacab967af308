package io.opendoms.inventory.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Returned units inspected as resellable at a location ({@code return.restocked}). */
public record RestockReturnedCommand(UUID receiptId, UUID orderId, String locationId, Instant receivedAt,
                                     List<Line> lines) {

    public record Line(String sku, int quantity) {
    }

    public RestockReturnedCommand {
        lines = List.copyOf(lines);
    }
}
