package io.opendoms.fulfillment.domain;

/**
 * A location as fulfillment knows it from inventory's events: who reports on its fulfillment orders.
 *
 * @param wmsPartnerId the location's WMS/store partner; {@code null} for the default partner
 * @param timeZone     the location's IANA time zone; {@code null} when not known (UTC is assumed)
 */
public record KnownLocation(String locationId, String wmsPartnerId, String timeZone) {

    /** The location's zone: its own when known and valid, UTC otherwise. */
    public java.time.ZoneId zone() {
        if (timeZone == null || timeZone.isBlank()) {
            return java.time.ZoneOffset.UTC;
        }
        try {
            return java.time.ZoneId.of(timeZone);
        } catch (java.time.DateTimeException e) {
            return java.time.ZoneOffset.UTC;
        }
    }
}
