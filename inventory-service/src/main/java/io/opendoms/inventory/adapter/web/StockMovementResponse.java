package io.opendoms.inventory.adapter.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.opendoms.inventory.domain.StockMovementKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** One movement of the stock ledger; optional fields are left out when they do not apply. */
public record StockMovementResponse(
        long id,
        StockMovementKind kind,
        @Schema(description = "When it happened on the shelf: the instant a count was taken, a shipment left; "
                + "otherwise when it was recorded")
        Instant occurredAt,
        Instant recordedAt,
        @Schema(description = "The reason of an adjustment") @JsonInclude(JsonInclude.Include.NON_NULL) String reason,
        @JsonInclude(JsonInclude.Include.NON_NULL) UUID orderId,
        @Schema(description = "RESERVATION: the routing decision id; SHIPMENT: the fulfillment id; ADJUSTMENT: the "
                + "request's Idempotency-Key")
        @JsonInclude(JsonInclude.Include.NON_NULL) String reference,
        @Schema(description = "The API client of a snapshot or an adjustment")
        @JsonInclude(JsonInclude.Include.NON_NULL) String actor,
        int onHandDelta,
        int reservedDelta,
        @Schema(description = "On hand after the movement") int onHand,
        @Schema(description = "Reserved after the movement") int reserved,
        @Schema(description = "SNAPSHOT: the count, before the movements that occurred after countedAt were "
                + "applied on top of it")
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer counted) {
}
