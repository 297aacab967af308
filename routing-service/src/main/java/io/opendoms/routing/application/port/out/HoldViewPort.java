package io.opendoms.routing.application.port.out;

import io.opendoms.routing.domain.HeldUnits;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Routing's view of the live checkout holds, from inventory's events. */
public interface HoldViewPort {

    /** Records a hold's units (again: a redelivered event changes nothing). */
    void placed(UUID holdId, Instant expiresAt, List<HeldUnits> units);

    void ended(UUID holdId);

    /** What the hold keeps, if it is known and not past its expiry at {@code now}; empty otherwise. */
    List<HeldUnits> held(UUID holdId, Instant now);
}
