package io.opendoms.order.application;

import io.opendoms.order.domain.HoldRules;
import java.time.Instant;

/** The hold rules, one version per change; the newest applies. */
public interface HoldRulesPort {

    /** The newest version; version 0 with {@link HoldRules#NONE} before the first change. */
    VersionedHoldRules current();

    /** Stores the rules as the next version, and answers it. */
    VersionedHoldRules replace(HoldRules rules, String by, Instant at);

    record VersionedHoldRules(long version, HoldRules rules, Instant updatedAt, String updatedBy) {
    }
}
