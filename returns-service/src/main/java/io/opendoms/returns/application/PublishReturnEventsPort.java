package io.opendoms.returns.application;

import io.opendoms.returns.domain.ReturnAuthorization;
import io.opendoms.returns.domain.ReturnReceipt;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Publishes what returns did, in the caller's transaction. */
public interface PublishReturnEventsPort {

    /** A return was authorized: its eligible lines and label (fulfillment watches the label for carrier scans). */
    void authorized(ReturnAuthorization authorization, Instant at);

    /** Units refunded ({@code refundUnits} of each line) by one receipt or instant refund. */
    void refunded(UUID refundId, ReturnAuthorization authorization, List<ReturnReceipt.Accepted> lines, Instant at);

    /** Resellable units back on hand at the receiving location. */
    void restocked(UUID receiptId, ReturnAuthorization authorization, String locationId,
                   List<ReturnReceipt.Accepted> lines, Instant at);
}
