package io.opendoms.inventory.adapter.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

public record AvailabilityResponse(List<Item> items) {

    /** The network total (or the total within the radius) and the locations with something available. */
    public record Item(String sku, long available, List<AtLocation> locations) {
    }

    public record AtLocation(
            String locationId,
            int available,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double distanceKm) {
    }
}
