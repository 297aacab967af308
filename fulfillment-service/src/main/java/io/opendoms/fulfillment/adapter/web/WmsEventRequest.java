package io.opendoms.fulfillment.adapter.web;

import io.opendoms.fulfillment.domain.WmsEventType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ShippedNeedsTrackingNumber
public record WmsEventRequest(
        @NotBlank @Size(max = 128) String eventId,
        @NotNull WmsEventType type,
        @NotNull UUID fulfillmentId,
        @NotNull Instant occurredAt,
        @Size(max = 100) String carrier,
        @Size(max = 100) String service,
        @Size(max = 100) String trackingNumber,
        List<@Valid @NotNull Line> lines,
        @Size(max = 500) String reason) {

    public record Line(@NotBlank @Size(max = 100) String lineId, @NotNull @Positive Integer quantity) {
    }
}
