package io.opendoms.routing.adapter.web;

import io.opendoms.platform.web.FieldError;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/v1/routing/backtests}: the period whose decisions to plan again, and what to change — close
 * locations, remove carriers or carrier services, plan under another configuration document ({@code config}) or a
 * stored version ({@code configVersion}). At most {@code limit} decisions (default 1000, at most 5000), oldest first.
 */
@Schema(example = """
        {"from": "2026-11-01T00:00:00Z", "to": "2026-12-01T00:00:00Z", "closeLocations": ["DC-NJ"],
         "removeServices": [{"carrier": "AIR_X"}], "limit": 1000}""")
public record BacktestRequest(
        @NotNull Instant from,
        @NotNull Instant to,
        @Size(max = 500) List<@NotBlank @Size(max = 100) String> closeLocations,
        @Size(max = 50) List<@NotNull @Valid ServiceRequest> removeServices,
        @Min(1) @Max(5000) Integer limit,
        @Schema(description = "a routing configuration document to plan under (default: the one in force)")
        tools.jackson.databind.node.ObjectNode config,
        @Schema(description = "or a stored version of it") @Min(1) Long configVersion) {

    static final Duration MAX_PERIOD = Duration.ofDays(366);

    /** A carrier ({@code service} absent: all its services) or one of its services. */
    public record ServiceRequest(@NotBlank @Size(max = 60) String carrier, @Size(max = 60) String service) {

        String key() {
            return service == null || service.isBlank() ? carrier : carrier + " " + service;
        }
    }

    List<FieldError> crossFieldErrors() {
        List<FieldError> errors = new ArrayList<>();
        if (config != null && configVersion != null) {
            errors.add(new FieldError("configVersion", "give a config or a configVersion, not both"));
        }
        if (from != null && to != null) {
            if (!to.isAfter(from)) {
                errors.add(new FieldError("to", "must be after from"));
            } else if (Duration.between(from, to).compareTo(MAX_PERIOD) > 0) {
                errors.add(new FieldError("to", "the period may be at most 366 days"));
            }
        }
        return errors;
    }
}
