package io.opendoms.inventory.adapter.web;

import io.opendoms.inventory.application.GetLocationUseCase;
import io.opendoms.inventory.application.UpsertLocationUseCase;
import io.opendoms.inventory.application.Upserted;
import io.opendoms.inventory.domain.ExternalIds;
import io.opendoms.inventory.domain.Location;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Locations")
@RequestMapping("/api/v1/locations")
class LocationController {

    private final UpsertLocationUseCase upsertLocation;
    private final GetLocationUseCase getLocation;
    private final LocationWebMapper mapper;

    LocationController(UpsertLocationUseCase upsertLocation, GetLocationUseCase getLocation, LocationWebMapper mapper) {
        this.upsertLocation = upsertLocation;
        this.getLocation = getLocation;
        this.mapper = mapper;
    }

    @Operation(summary = "Create (201) or replace (200) a location",
            description = "Without latitude and longitude, a US postal code's centroid places the location; "
                    + "an unknown US postal code without coordinates is 422.")
    @PutMapping("/{locationId}")
    @PreAuthorize("hasAuthority('SCOPE_inventory:write')")
    ResponseEntity<LocationResponse> put(@PathVariable @Pattern(regexp = ExternalIds.PATTERN) String locationId,
                                         @Valid @RequestBody LocationRequest request) {
        Upserted<Location> result = upsertLocation.upsert(mapper.toCommand(locationId, request));
        LocationResponse body = mapper.toResponse(result.value());
        return result.created()
                ? ResponseEntity.created(URI.create("/api/v1/locations/" + locationId)).body(body)
                : ResponseEntity.ok(body);
    }

    @Operation(summary = "Every location, by id")
    @GetMapping
    @PreAuthorize("hasAnyAuthority('SCOPE_inventory:read', 'SCOPE_inventory:write')")
    LocationsResponse list() {
        return new LocationsResponse(mapper.toResponses(getLocation.list()));
    }

    @Operation(summary = "One location")
    @GetMapping("/{locationId}")
    @PreAuthorize("hasAnyAuthority('SCOPE_inventory:read', 'SCOPE_inventory:write')")
    LocationResponse get(@PathVariable String locationId) {
        return mapper.toResponse(getLocation.get(locationId));
    }
}
