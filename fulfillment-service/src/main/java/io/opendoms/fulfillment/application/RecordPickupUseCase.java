package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.FulfillmentOrder;
import java.util.UUID;

/**
 * A store's actions on a pickup or curbside fulfillment order. Both throw {@code NotFoundException} for an unknown
 * id and {@code IllegalTransitionException} for a shipping order or a status that rules the action out.
 */
public interface RecordPickupUseCase {

    /** The order waits at the counter (from released, picking or packed); announced for the order to follow. */
    FulfillmentOrder readyForPickup(UUID fulfillmentId);

    /** The customer collected it (only once ready); announced, and inventory deducts its units. */
    FulfillmentOrder pickedUp(UUID fulfillmentId);
}
