package io.opendoms.routing.adapter.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The stored JSON form of a plan: kept apart from the domain records so that they can change freely. */
public record PlanDocument(
        List<ShipmentDocument> shipments,
        List<UnallocatedDocument> unallocated,
        BigDecimal totalCost,
        boolean late,
        ExplanationDocument explanation) {

    public record ShipmentDocument(
            String shipmentId,
            String locationId,
            String fulfillmentType,
            List<LineDocument> lines,
            String carrier,
            String service,
            Double distanceKm,
            Integer zone,
            BigDecimal billableKg,
            LocalDate shipDate,
            LocalDate promisedDeliveryDate,
            CostDocument cost,
            boolean late) {
    }

    public record LineDocument(String lineId, String sku, int quantity) {
    }

    public record CostDocument(BigDecimal shipping, BigDecimal handling, BigDecimal total) {
    }

    public record UnallocatedDocument(String lineId, String sku, int quantity, String reason) {
    }

    /**
     * {@code unpriced}: the locations a decision left to price when its explanation is read (absent in rows
     * written before explanations were priced on read, whose candidates are all there).
     */
    public record ExplanationDocument(List<CandidateDocument> candidates, List<String> unpriced) {
    }

    public record CandidateDocument(String locationId, String outcome, String reason, BigDecimal cost) {
    }

    public record ShortageDocument(String locationId, String sku, int requested, int available) {
    }
}
