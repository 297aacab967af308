package io.opendoms.returns.application;

import io.opendoms.returns.domain.ReturnReceipt;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Receipts of returned units. */
public interface ReceiptsPort {

    /** Whether the partner's event was received before (a repeated webhook). */
    boolean seen(String partnerId, String eventId);

    /** What earlier receipts took of each line of the return, and what refunds covered. */
    Map<String, ReturnReceipt.Received> receivedByLine(UUID returnId);

    /** Records a refund of the lines' {@code refundUnits} ({@code issuedBy} RECEIPT or SCAN). */
    void saveRefund(UUID refundId, UUID returnId, List<ReturnReceipt.Accepted> lines, String issuedBy, Instant at);

    void save(UUID receiptId, String partnerId, String eventId, UUID returnId, String locationId, Instant occurredAt,
              List<ReturnReceipt.Accepted> lines, Instant at);
}
