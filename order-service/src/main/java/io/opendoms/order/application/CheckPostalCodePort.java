package io.opendoms.order.application;

import io.opendoms.order.domain.PostalCodeCheck;

/** Whether a shipping address's postal code exists, and where its area lies. */
public interface CheckPostalCodePort {

    PostalCodeCheck check(String country, String postalCode);
}
