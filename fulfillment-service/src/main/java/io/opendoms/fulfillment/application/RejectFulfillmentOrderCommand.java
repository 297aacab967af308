package io.opendoms.fulfillment.application;

import java.util.UUID;

/** A store refuses a fulfillment order through the API (its own words in {@code reason}). */
public record RejectFulfillmentOrderCommand(UUID fulfillmentId, String reason) {
}
