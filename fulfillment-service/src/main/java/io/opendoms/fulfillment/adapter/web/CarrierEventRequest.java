package io.opendoms.fulfillment.adapter.web;

import io.opendoms.fulfillment.domain.CarrierStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

public record CarrierEventRequest(
        @NotBlank @Size(max = 128) String eventId,
        @NotBlank @Size(max = 100) String trackingNumber,
        @NotNull CarrierStatus status,
        @NotNull Instant occurredAt,
        @Size(max = 1000) String detail) {
}
