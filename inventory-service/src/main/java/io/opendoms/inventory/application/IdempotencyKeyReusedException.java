package io.opendoms.inventory.application;

/** An Idempotency-Key sent again with a different request than the one it was first used for. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key '" + key + "' was already used for different adjustments.");
    }
}
