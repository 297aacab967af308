package io.opendoms.fulfillment.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the answer to a fulfillment order's pending cancel requests did, per cancellation id (null for none): the
 * units taken off ({@code cancelled}) and the units that stay ({@code refused}, with {@code reason}); the history
 * entry it left.
 */
public record CancelAnswer(StatusChange change, Map<UUID, List<FulfillmentLine>> cancelled,
                           Map<UUID, List<FulfillmentLine>> refused, String reason) {
}
