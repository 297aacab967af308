package io.opendoms.inventory.adapter.web;

import io.opendoms.inventory.application.GetAvailabilityQuery;
import io.opendoms.inventory.application.GetAvailabilityUseCase;
import io.opendoms.inventory.domain.ExternalIds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Availability")
class AvailabilityController {

    private final GetAvailabilityUseCase getAvailability;
    private final AvailabilityJson json;

    AvailabilityController(GetAvailabilityUseCase getAvailability, AvailabilityJson json) {
        this.getAvailability = getAvailability;
        this.json = json;
    }

    @Operation(summary = "Available-to-promise of up to 100 SKUs",
            description = "Per SKU: the total over active locations and the locations with something available. "
                    + "With a US postalCode, only locations within radiusKm (default 50) of its centroid count, "
                    + "nearest first, with distanceKm (great circle). Unknown SKUs have nothing available.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = AvailabilityResponse.class)))
    @GetMapping(path = "/api/v1/availability", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyAuthority('SCOPE_inventory:read', 'SCOPE_inventory:write')")
    void get(
            @Parameter(description = "The SKUs, 1 to 100 (the parameter repeated)", required = true,
                    array = @ArraySchema(minItems = 1, maxItems = GetAvailabilityQuery.MAX_SKUS,
                            schema = @Schema(type = "string", pattern = ExternalIds.PATTERN)))
            @RequestParam String[] sku,
            @Parameter(description = "A US ZIP code (ZIP+4 accepted): only locations near it count",
                    schema = @Schema(type = "string", pattern = AvailabilityParameters.POSTAL_CODE_PATTERN))
            @RequestParam(required = false) String postalCode,
            @Parameter(description = "Kilometres from the postal code's centroid (default 50); only with postalCode",
                    schema = @Schema(type = "number", format = "double", minimum = "0", exclusiveMinimum = true,
                            maximum = "20000"))
            @RequestParam(required = false) Double radiusKm,
            HttpServletResponse response) throws IOException {
        // checked by hand, not by bean validation: see AvailabilityParameters
        AvailabilityParameters.check(sku, postalCode, radiusKm);
        GetAvailabilityQuery query = new GetAvailabilityQuery(List.of(sku), "US", postalCode,
                radiusKm == null ? GetAvailabilityQuery.DEFAULT_RADIUS_KM : radiusKm);
        // written from bytes kept per SKU (AvailabilityJson), straight to the connection without joining them first:
        // the shape is AvailabilityResponse's all the same
        AvailabilityJson.Answer answer = json.answer(getAvailability.get(query), postalCode == null);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(answer.length());
        answer.writeTo(response.getOutputStream());
    }
}
