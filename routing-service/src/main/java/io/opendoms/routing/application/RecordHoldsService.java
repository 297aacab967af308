package io.opendoms.routing.application;

import io.opendoms.routing.application.port.out.HoldViewPort;
import io.opendoms.routing.domain.HeldUnits;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps routing's view of checkout holds: placed, and gone once they end (released, expired, converted, cut). */
@Service
public class RecordHoldsService {

    private final HoldViewPort holds;

    RecordHoldsService(HoldViewPort holds) {
        this.holds = holds;
    }

    @Transactional
    public void placed(UUID holdId, Instant expiresAt, List<HeldUnits> units) {
        holds.placed(holdId, expiresAt, units);
    }

    @Transactional
    public void ended(UUID holdId) {
        holds.ended(holdId);
    }
}
