package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.HoldStatus;
import java.util.UUID;

/** A change a hold in its current state does not allow (extending an expired hold, releasing a converted one). */
public class HoldConflictException extends RuntimeException {

    private final UUID holdId;
    private final HoldStatus status;

    public HoldConflictException(UUID holdId, HoldStatus status, String message) {
        super(message);
        this.holdId = holdId;
        this.status = status;
    }

    public UUID holdId() {
        return holdId;
    }

    public HoldStatus status() {
        return status;
    }
}
