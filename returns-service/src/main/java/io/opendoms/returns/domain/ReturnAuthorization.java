package io.opendoms.returns.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A return (RMA): the lines asked for, each eligible or refused, how the units come back, and what it refunds.
 * Only its eligible lines count against what may still be returned.
 */
public record ReturnAuthorization(UUID id, UUID orderId, String channel, ReturnMethod method,
                                  String storeLocationId, ReturnStatus status, Label label, String currency,
                                  BigDecimal refundAmount, List<LineDecision> lines, Instant createdAt,
                                  Instant updatedAt) {

    public ReturnAuthorization {
        lines = List.copyOf(lines);
    }

    /** A prepaid return label. */
    public record Label(String carrier, String trackingNumber) {
    }

    /**
     * Cancelled by its channel or ops while nothing is on its way.
     *
     * @throws ReturnNotCancellableException once the units are in transit or later
     */
    public ReturnAuthorization cancel(Instant at) {
        if (status == ReturnStatus.CANCELLED) {
            return this;
        }
        if (status != ReturnStatus.AUTHORIZED) {
            throw new ReturnNotCancellableException(id, status);
        }
        return new ReturnAuthorization(id, orderId, channel, method, storeLocationId, ReturnStatus.CANCELLED, label,
                currency, refundAmount, lines, createdAt, at);
    }
}
