package io.opendoms.order.domain;

/** Why an order was put on hold at capture. */
public enum HoldRule {
    /** The order total is above {@code maxOrderTotal}. */
    ORDER_TOTAL_OVER_LIMIT,
    /** A SKU is ordered in more units than {@code maxUnitsPerSku} (over all its lines). */
    TOO_MANY_UNITS_OF_SKU,
    /** The customer's email domain (or a parent domain of it) is on {@code blockedEmailDomains}. */
    BLOCKED_EMAIL_DOMAIN,
    /** The shipping country is not one of {@code servedCountries}. */
    COUNTRY_NOT_SERVED,
    /** A US postal code that does not exist: neither a ZIP code of the table nor a known three-digit prefix. */
    UNKNOWN_POSTAL_CODE,
    /** The address's coordinates are far from its postal code. */
    ADDRESS_GEO_MISMATCH
}
