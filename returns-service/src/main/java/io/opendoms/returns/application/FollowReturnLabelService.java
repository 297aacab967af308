package io.opendoms.returns.application;

import io.opendoms.returns.domain.InstantRefundPolicy;
import io.opendoms.returns.domain.ReturnAuthorization;
import io.opendoms.returns.domain.ReturnReceipt;
import io.opendoms.returns.domain.ReturnStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows the carrier's scans of a mail return's label: the first scan that moves it puts the return IN_TRANSIT
 * and, when the instant-refund policy allows it, refunds every unit at once (receipt then refunds nothing more of
 * them). Each scan event once (the consumer's inbox); a scan after the return moved on changes nothing.
 */
@Service
public class FollowReturnLabelService {

    /** Scans that mean the parcel is on its way to us. */
    private static final Set<String> MOVING = Set.of("IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED");

    private static final Logger log = LoggerFactory.getLogger(FollowReturnLabelService.class);

    private final ReturnsPort returns;
    private final ReceiptsPort receipts;
    private final CustomersPort customers;
    private final PublishReturnEventsPort events;
    private final InstantRefundPolicy policy;
    private final Clock clock;

    FollowReturnLabelService(ReturnsPort returns, ReceiptsPort receipts, CustomersPort customers,
                             PublishReturnEventsPort events, InstantRefundPolicy policy, Clock clock) {
        this.returns = returns;
        this.receipts = receipts;
        this.customers = customers;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional
    public void scanned(UUID returnId, String status) {
        ReturnAuthorization authorization = returns.findForUpdate(returnId).orElse(null);
        if (authorization == null || authorization.status() != ReturnStatus.AUTHORIZED || !MOVING.contains(status)) {
            log.info("Scan {} of return {} changes nothing ({})", status, returnId,
                    authorization == null ? "unknown return" : authorization.status());
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        returns.updateStatus(new ReturnAuthorization(authorization.id(), authorization.orderId(),
                authorization.channel(), authorization.method(), authorization.storeLocationId(),
                ReturnStatus.IN_TRANSIT, authorization.label(), authorization.currency(),
                authorization.refundAmount(), authorization.lines(), authorization.createdAt(), now));
        if (!policy.allows(authorization.refundAmount(), customers.emailOf(authorization.orderId()).orElse(null))) {
            return; // refunded on receipt
        }
        int scale = authorization.currency() == null ? 2
                : Currency.getInstance(authorization.currency()).getDefaultFractionDigits();
        List<ReturnReceipt.Accepted> refunds = ReturnReceipt.instantRefund(authorization,
                receipts.receivedByLine(authorization.id()), scale);
        if (!refunds.isEmpty()) {
            UUID refundId = UUID.randomUUID();
            receipts.saveRefund(refundId, authorization.id(), refunds, "SCAN", now);
            events.refunded(refundId, authorization, refunds, now);
        }
    }
}
