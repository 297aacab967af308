package io.opendoms.routing.adapter.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

public record PlanResponse(
        List<ShipmentResponse> shipments,
        List<UnallocatedResponse> unallocated,
        BigDecimal totalCost,
        boolean late,
        ExplanationResponse explanation) {

    public record ShipmentResponse(
            String shipmentId,
            String locationId,
            String fulfillmentType,
            List<LineResponse> lines,
            String carrier,
            String service,
            Double distanceKm,
            Integer zone,
            BigDecimal billableKg,
            LocalDate shipDate,
            LocalDate promisedDeliveryDate,
            CostResponse cost,
            boolean late) {
    }

    public record LineResponse(String lineId, String sku, int quantity) {
    }

    public record CostResponse(BigDecimal shipping, BigDecimal handling, BigDecimal total) {
    }

    public record UnallocatedResponse(String lineId, String sku, int quantity, String reason) {
    }

    public record ExplanationResponse(List<CandidateResponse> candidates) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CandidateResponse(String locationId, String outcome, String reason, BigDecimal cost) {
    }
}
