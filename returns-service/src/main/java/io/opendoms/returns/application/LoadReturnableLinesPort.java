package io.opendoms.returns.application;

import io.opendoms.returns.domain.ReturnableLine;
import java.util.List;
import java.util.UUID;

public interface LoadReturnableLinesPort {

    List<ReturnableLine> byOrderId(UUID orderId);

    /**
     * The order's lines, each row locked until the transaction ends: two returns of the same order queue here, so
     * the second sees what the first took.
     */
    List<ReturnableLine> lockByOrderId(UUID orderId);
}
