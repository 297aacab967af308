package io.opendoms.routing.domain;

/** Where an order goes: coordinates when the client gave them, else a postal code to look up. */
public record ShipTo(String postalCode, String country, Double latitude, Double longitude) {

    /** Usable coordinates; out-of-range ones count as absent, so that the postal code decides. */
    public boolean hasCoordinates() {
        return latitude != null && longitude != null && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
    }
}
