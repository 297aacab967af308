package io.opendoms.fulfillment.application;

import java.util.UUID;

/** Ops: send a fulfillment order's FAILED (or already DELIVERED) release delivery again. */
public interface ResendReleaseDeliveryUseCase {

    /**
     * The delivery, due again now with a new retry period. 404 when the fulfillment order or the delivery is unknown
     * (or the delivery is another fulfillment order's); 409 while it is still being delivered (PENDING).
     */
    ReleaseDeliveryPort.Delivery resend(UUID fulfillmentId, UUID deliveryId);
}
