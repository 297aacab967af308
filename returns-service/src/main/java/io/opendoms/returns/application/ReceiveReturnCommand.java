package io.opendoms.returns.application;

import io.opendoms.returns.domain.ReturnReceipt;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A receiving location's report of returned units ({@code POST /api/v1/webhooks/wms/returns}) from the partner
 * {@code partnerId}; {@code defaultWmsPartner}: whether that partner is the default one (of locations naming none).
 */
public record ReceiveReturnCommand(String partnerId, boolean defaultWmsPartner, String eventId, UUID returnId,
                                   String locationId, Instant occurredAt, List<ReturnReceipt.Line> lines) {

    public ReceiveReturnCommand {
        lines = List.copyOf(lines);
    }
}
