package io.opendoms.returns.application;

import io.opendoms.platform.web.NotFoundException;
import io.opendoms.returns.domain.ReturnAuthorization;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and cancels returns; a channel sees its own orders' returns only ({@code visibleChannel} null: ops). */
@Service
public class ManageReturnsService {

    private final ReturnsPort returns;
    private final Clock clock;

    ManageReturnsService(ReturnsPort returns, Clock clock) {
        this.returns = returns;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ReturnAuthorization get(UUID id, String visibleChannel) {
        return returns.find(id)
                .filter(r -> visibleChannel == null || visibleChannel.equals(r.channel()))
                .orElseThrow(() -> new NotFoundException("Return " + id + " not found."));
    }

    @Transactional(readOnly = true)
    public List<ReturnAuthorization> byOrder(UUID orderId, String visibleChannel) {
        return returns.byOrder(orderId).stream()
                .filter(r -> visibleChannel == null || visibleChannel.equals(r.channel()))
                .toList();
    }

    /** @throws io.opendoms.returns.domain.ReturnNotCancellableException once its units are on their way */
    @Transactional
    public ReturnAuthorization cancel(UUID id, String visibleChannel) {
        ReturnAuthorization cancelled = get(id, visibleChannel).cancel(clock.instant().truncatedTo(ChronoUnit.MICROS));
        returns.updateStatus(cancelled);
        return cancelled;
    }
}
