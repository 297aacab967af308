package io.opendoms.order.adapter.web;

import io.opendoms.order.domain.DeliveryMethod;
import io.opendoms.order.domain.FulfillmentStatus;
import io.opendoms.order.domain.HoldRule;
import io.opendoms.order.domain.LineStatus;
import io.opendoms.order.domain.OrderStatus;
import io.opendoms.order.domain.ServiceLevel;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record OrderResponse(
        UUID id,
        String externalId,
        String channel,
        OrderStatus status,
        @Schema(description = "Why the order is ON_HOLD (empty otherwise)") List<Hold> holdReasons,
        Instant createdAt,
        Instant updatedAt,
        String currency,
        BigDecimal totalAmount,
        BigDecimal refundedAmount,
        Customer customer,
        ShippingAddress shippingAddress,
        DeliveryMethod deliveryMethod,
        String pickupLocationId,
        ServiceLevel serviceLevel,
        UUID reservationId,
        List<Line> lines,
        List<Fulfillment> fulfillments) {

    public record Customer(String email, String name) {
    }

    public record Hold(HoldRule rule, String detail) {
    }

    public record ShippingAddress(String name, String line1, String line2, String city, String region,
                                  String postalCode, String country, Double latitude, Double longitude) {
    }

    public record Line(
            String lineId,
            String sku,
            int quantity,
            BigDecimal unitPrice,
            LineStatus status,
            int allocatedQuantity,
            int backorderedQuantity,
            int shippedQuantity,
            int deliveredQuantity,
            int cancelledQuantity,
            int returnedQuantity) {
    }

    public record Fulfillment(
            UUID fulfillmentId,
            String locationId,
            FulfillmentStatus status,
            List<FulfillmentLine> lines,
            String carrier,
            String service,
            String trackingNumber,
            LocalDate promisedDeliveryDate) {
    }

    public record FulfillmentLine(String lineId, int quantity) {
    }
}
