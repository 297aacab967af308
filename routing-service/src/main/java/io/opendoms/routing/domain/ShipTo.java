package io.opendoms.routing.domain;

/** Where an order goes: coordinates when the client gave them, else a postal code to look up. */
public record ShipTo(String postalCode, String country, Double latitude, Double longitude) {

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }
}
