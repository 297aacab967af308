package io.opendoms.order.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * An order as a client sent it, before validation: enumerations and ids are still text so that every
 * bad field can be reported at once instead of failing on the first one.
 */
public record OrderDraft(
        String externalId,
        Customer customer,
        ShippingAddress shippingAddress,
        String deliveryMethod,
        String pickupLocationId,
        String serviceLevel,
        String currency,
        List<LineDraft> lines,
        String reservationId) {

    public record LineDraft(String lineId, String sku, Integer quantity, BigDecimal unitPrice) {
    }

    /** The canonical order this draft describes; throws {@link InvalidOrderException} naming every bad field. */
    public NewOrder validate() {
        return new OrderDraftValidator(this).validate();
    }
}
