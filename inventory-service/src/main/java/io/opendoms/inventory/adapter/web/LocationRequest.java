package io.opendoms.inventory.adapter.web;

import io.opendoms.inventory.domain.Capability;
import io.opendoms.inventory.domain.LocationType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A location as created or replaced; coordinates are derived from a US postal code when both are absent. */
@Schema(example = """
        {"name": "DC East", "type": "DISTRIBUTION_CENTER", "postalCode": "08817", "country": "US",
         "latitude": 40.52, "longitude": -74.39, "timeZone": "America/New_York", "capabilities": ["SHIP", "RETURNS"],
         "cutoffTime": "15:00", "dailyCapacity": 500, "active": true}""")
public record LocationRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull LocationType type,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9 -]{1,16}", message = "must be 1-16 letters, digits, spaces or dashes")
        String postalCode,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as US") String country,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @NotNull @TimeZoneId String timeZone,
        @NotNull @Size(max = 4) List<@NotNull Capability> capabilities,
        @NotNull @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "must be a time HH:mm such as 15:00")
        String cutoffTime,
        @Min(0) @Max(1_000_000) Integer dailyCapacity,
        @NotNull Boolean active,
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}",
                message = "must be a partner id: 1-64 letters, digits, '.', '_' or '-'")
        String wmsPartnerId) {
}
