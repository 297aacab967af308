package io.opendoms.fulfillment.domain;

/**
 * A location as fulfillment knows it from inventory's events: who reports on its fulfillment orders.
 *
 * @param wmsPartnerId the location's WMS/store partner; {@code null} for the default partner
 */
public record KnownLocation(String locationId, String wmsPartnerId) {
}
