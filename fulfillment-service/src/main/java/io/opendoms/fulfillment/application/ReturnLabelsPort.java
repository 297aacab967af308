package io.opendoms.fulfillment.application;

import java.util.Optional;
import java.util.UUID;

/** The prepaid return labels fulfillment has heard of (return.authorized). */
public interface ReturnLabelsPort {

    record ReturnLabel(String carrier, String trackingNumber, UUID returnId, UUID orderId) {
    }

    void save(ReturnLabel label);

    /** The label of {@code carrier} (any case) with that tracking number. */
    Optional<ReturnLabel> find(String carrier, String trackingNumber);
}
