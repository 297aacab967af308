package io.opendoms.inventory.adapter.web;

import java.util.List;

public record LocationsResponse(List<LocationResponse> items) {
}
