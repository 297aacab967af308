package io.opendoms.order.application;

import io.opendoms.order.application.HoldRulesPort.VersionedHoldRules;
import io.opendoms.order.domain.HoldRules;
import io.opendoms.order.domain.InvalidHoldRulesException;
import io.opendoms.order.domain.Violation;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and replaces the hold rules; a replacement applies to the next order captured. */
@Service
public class HoldRulesService {

    private final HoldRulesPort holdRules;
    private final Clock clock;

    HoldRulesService(HoldRulesPort holdRules, Clock clock) {
        this.holdRules = holdRules;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public VersionedHoldRules current() {
        return holdRules.current();
    }

    /** @throws InvalidHoldRulesException naming every bad field; the rules in force stay */
    @Transactional
    public VersionedHoldRules replace(HoldRules rules, String by) {
        List<Violation> violations = rules.violations();
        if (!violations.isEmpty()) {
            throw new InvalidHoldRulesException(violations);
        }
        return holdRules.replace(rules, by, clock.instant().truncatedTo(ChronoUnit.MICROS));
    }
}
