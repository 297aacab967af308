package io.opendoms.returns.application;

import io.opendoms.returns.domain.ReturnAuthorization;
import io.opendoms.returns.domain.ReturnReceipt;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Publishes what returns did, in the caller's transaction. */
public interface PublishReturnEventsPort {

    /** Units refunded by one receipt (only the lines that refund something). */
    void refunded(UUID refundId, ReturnAuthorization authorization, List<ReturnReceipt.Accepted> lines, Instant at);

    /** Resellable units back on hand at the receiving location. */
    void restocked(UUID receiptId, ReturnAuthorization authorization, String locationId,
                   List<ReturnReceipt.Accepted> lines, Instant at);
}
