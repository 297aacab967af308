package io.opendoms.fulfillment.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Units of an order's cancellation ({@code cancellationId}) that a fulfillment order being picked or packed asks its
 * location about: they stay on it until the location confirms (taken off) or refuses (they stay for good).
 */
public record CancelRequest(UUID cancellationId, String lineId, String sku, int quantity, Instant requestedAt) {
}
