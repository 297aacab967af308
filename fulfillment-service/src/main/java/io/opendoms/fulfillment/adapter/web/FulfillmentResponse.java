package io.opendoms.fulfillment.adapter.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import io.opendoms.fulfillment.domain.FulfillmentStatus;
import io.opendoms.fulfillment.domain.FulfillmentType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record FulfillmentResponse(
        UUID fulfillmentId,
        UUID orderId,
        String locationId,
        FulfillmentType type,
        FulfillmentStatus status,
        List<Line> lines,
        String carrier,
        String service,
        String trackingNumber,
        @Schema(description = "the day routing planned it to leave the location (to be ready, for a pickup): "
                + "not shipped by the end of that day there, it is LATE")
        LocalDate shipDate,
        LocalDate promisedDeliveryDate,
        Instant createdAt,
        Instant updatedAt,
        List<Line> cancelRequested) {

    public record Line(String lineId, String sku, int quantity) {
    }
}
