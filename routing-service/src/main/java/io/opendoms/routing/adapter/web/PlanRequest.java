package io.opendoms.routing.adapter.web;

import io.opendoms.platform.web.FieldError;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code POST /api/v1/routing/plans}: the order to plan, as an order would ask for it. */
@Schema(example = """
        {"shipTo": {"postalCode": "10001", "country": "US"}, "deliveryMethod": "SHIP",
         "serviceLevel": "STANDARD", "lines": [{"lineId": "1", "sku": "SKU-1", "quantity": 2},
         {"lineId": "2", "sku": "SKU-2", "quantity": 1}]}""")
public record PlanRequest(
        @NotNull @Valid ShipToRequest shipTo,
        @NotNull @Pattern(regexp = "SHIP|PICKUP|CURBSIDE", message = "must be SHIP, PICKUP or CURBSIDE")
        String deliveryMethod,
        @NotNull @Pattern(regexp = "STANDARD|EXPRESS|NEXT_DAY|SAME_DAY",
                message = "must be STANDARD, EXPRESS, NEXT_DAY or SAME_DAY")
        String serviceLevel,
        @Size(max = 100) String pickupLocationId,
        @Size(max = 100) String channel,
        Instant at,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid LineRequest> lines) {

    public record ShipToRequest(
            @NotBlank @Size(max = 20) String postalCode,
            @NotBlank @Size(max = 60) String country,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude) {
    }

    public record LineRequest(
            @NotBlank @Size(max = 100) String lineId,
            @NotBlank @Size(max = 100) String sku,
            @NotNull @Min(1) @Max(1_000_000) Integer quantity) {
    }

    /** Rules across fields, which field annotations cannot express. */
    List<FieldError> crossFieldErrors() {
        List<FieldError> errors = new ArrayList<>();
        if (("PICKUP".equals(deliveryMethod) || "CURBSIDE".equals(deliveryMethod))
                && (pickupLocationId == null || pickupLocationId.isBlank())) {
            errors.add(new FieldError("pickupLocationId", "is required for " + deliveryMethod));
        }
        if (shipTo != null && (shipTo.latitude() == null) != (shipTo.longitude() == null)) {
            errors.add(new FieldError(shipTo.latitude() == null ? "shipTo.latitude" : "shipTo.longitude",
                    "latitude and longitude go together"));
        }
        if (lines != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                LineRequest line = lines.get(i);
                if (line != null && line.lineId() != null && !seen.add(line.lineId())) {
                    errors.add(new FieldError("lines[" + i + "].lineId", "is repeated"));
                }
            }
        }
        return errors;
    }
}
