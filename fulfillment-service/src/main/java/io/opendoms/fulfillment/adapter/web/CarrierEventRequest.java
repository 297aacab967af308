package io.opendoms.fulfillment.adapter.web;

import io.opendoms.fulfillment.domain.CarrierStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

public record CarrierEventRequest(
        @NotNull UUID eventId,
        @NotBlank @Size(max = 100) String trackingNumber,
        @NotNull CarrierStatus status,
        @NotNull Instant occurredAt,
        @Size(max = 1000) String detail) {
}
