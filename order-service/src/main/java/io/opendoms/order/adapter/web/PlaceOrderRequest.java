package io.opendoms.order.adapter.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code POST /api/v1/orders}. Enumerations and ids are plain strings here so that the service
 * can report every invalid value at once (422) instead of failing on the first unparseable one.
 */
@Schema(example = """
        {"externalId": "SF-100045", "customer": {"email": "ann@example.com", "name": "Ann Lee"},
         "shippingAddress": {"name": "Ann Lee", "line1": "350 Fifth Avenue", "city": "New York", "region": "NY",
          "postalCode": "10118", "country": "US"},
         "deliveryMethod": "SHIP", "serviceLevel": "STANDARD", "currency": "USD",
         "lines": [{"lineId": "1", "sku": "SKU-1", "quantity": 2, "unitPrice": 19.99}]}""")
public record PlaceOrderRequest(
        @Schema(description = "The channel's own order id", maxLength = 128, example = "SF-100045")
        String externalId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
        Customer customer,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
        ShippingAddress shippingAddress,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"SHIP", "PICKUP", "CURBSIDE"})
        String deliveryMethod,
        @Schema(description = "Required for PICKUP and CURBSIDE, absent for SHIP", pattern = "[A-Za-z0-9._-]{1,64}")
        String pickupLocationId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                allowableValues = {"STANDARD", "EXPRESS", "NEXT_DAY", "SAME_DAY"})
        String serviceLevel,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "ISO 4217 code", example = "USD")
        String currency,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 100)
        List<Line> lines,
        @Schema(description = "A checkout hold (POST /api/v1/reservations) to use", format = "uuid")
        String reservationId) {

    public record Customer(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "email", maxLength = 254)
            String email,
            @Schema(maxLength = 200)
            String name) {
    }

    public record ShippingAddress(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String line1,
            @Schema(maxLength = 200) String line2,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String city,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String region,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 20) String postalCode,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "ISO 3166-1 alpha-2", example = "US")
            String country,
            @Schema(minimum = "-90", maximum = "90", description = "With longitude, or neither") Double latitude,
            @Schema(minimum = "-180", maximum = "180", description = "With latitude, or neither") Double longitude) {
    }

    public record Line(
            @Schema(description = "Unique in the order; the 1-based position when absent",
                    pattern = "[A-Za-z0-9._-]{1,64}")
            String lineId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = "[A-Za-z0-9._-]{1,64}")
            String sku,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "10000")
            Integer quantity,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0",
                    description = "At most the currency's decimal places", example = "19.99")
            BigDecimal unitPrice) {
    }
}
