package io.opendoms.order.domain;

/** What the postal code table says of an address's postal code. */
public sealed interface PostalCodeCheck {

    /** No table covers the country (only US postal codes are checked). */
    record NotChecked() implements PostalCodeCheck {
    }

    /** The table covers the country and knows no such postal code, nor its three-digit prefix. */
    record Unknown() implements PostalCodeCheck {
    }

    /** The centre of the postal code's area (of its three-digit prefix when the code has no census area). */
    record Located(double latitude, double longitude) implements PostalCodeCheck {
    }
}
