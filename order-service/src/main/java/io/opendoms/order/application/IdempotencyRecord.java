package io.opendoms.order.application;

import java.util.UUID;

/** The order an idempotency key created, and the fingerprint of the request that created it. */
public record IdempotencyRecord(String requestFingerprint, UUID orderId) {
}
