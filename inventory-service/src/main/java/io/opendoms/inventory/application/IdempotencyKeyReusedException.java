package io.opendoms.inventory.application;

/** An Idempotency-Key sent again with a different request than the one it was first used for. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key) {
        this(key, "adjustments");
    }

    /** @param what what the key was used for, plural: "adjustments", "a different hold request" */
    public IdempotencyKeyReusedException(String key, String what) {
        super("Idempotency-Key '" + key + "' was already used for " + (what.startsWith("a ") ? "" : "different ")
                + what + ".");
    }
}
