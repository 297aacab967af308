package io.opendoms.inventory.application;

/** A hold asked for at a location that exists but is not active: nothing is reserved there. */
public class InactiveLocationException extends RuntimeException {

    private final String locationId;

    public InactiveLocationException(String locationId) {
        super("Location " + locationId + " is not active");
        this.locationId = locationId;
    }

    public String locationId() {
        return locationId;
    }
}
