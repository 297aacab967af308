package io.opendoms.returns.application;

import io.opendoms.platform.web.ConflictException;
import io.opendoms.platform.web.FieldError;
import io.opendoms.platform.web.NotFoundException;
import io.opendoms.platform.web.UnprocessableException;
import io.opendoms.returns.domain.ReceivedCondition;
import io.opendoms.returns.domain.ReturnAuthorization;
import io.opendoms.returns.domain.ReturnMethod;
import io.opendoms.returns.domain.ReturnReceipt;
import io.opendoms.returns.domain.ReturnStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receipt and inspection of returned units: each webhook once, each unit received once, each unit refunded once
 * (units an instant refund covered at the label's first scan are not refunded again).
 * Resellable units go back on hand at the receiving location (an event inventory applies); damaged ones are
 * recorded and disposed of. The return is RECEIVED while units are missing, REFUNDED when every authorized unit
 * came back and was refunded.
 */
@Service
public class ReceiveReturnService {

    /** What a receipt did: applied, or a repeat of one that was. */
    public enum Outcome {
        APPLIED, DUPLICATE
    }

    private final ReturnsPort returns;
    private final ReceiptsPort receipts;
    private final ReturnViewsPort views;
    private final PublishReturnEventsPort events;
    private final Clock clock;

    ReceiveReturnService(ReturnsPort returns, ReceiptsPort receipts, ReturnViewsPort views,
                         PublishReturnEventsPort events, Clock clock) {
        this.returns = returns;
        this.receipts = receipts;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Outcome receive(ReceiveReturnCommand command) {
        // the return's row is locked first: two receipts of one return queue, and so do their duplicates
        ReturnAuthorization authorization = returns.findForUpdate(command.returnId())
                .orElseThrow(() -> new NotFoundException("No return " + command.returnId() + " for this partner"));
        if (receipts.seen(command.partnerId(), command.eventId())) {
            return Outcome.DUPLICATE;
        }
        ReturnViewsPort.KnownLocation location = views.location(command.locationId())
                .filter(l -> command.partnerId().equals(l.wmsPartnerId())
                        || (l.wmsPartnerId() == null && command.defaultWmsPartner()))
                .orElseThrow(() -> new NotFoundException("No return " + command.returnId() + " for this partner"));
        if (authorization.method() == ReturnMethod.STORE
                && !location.locationId().equals(authorization.storeLocationId())) {
            throw new UnprocessableException("The return goes to another store", List.of(new FieldError(
                    "locationId", "this return is to be received at " + authorization.storeLocationId())));
        }
        if (!ReturnReceipt.receiving(authorization.status())) {
            throw new ConflictException("Return " + authorization.id() + " is " + authorization.status()
                    + ": it takes no more units");
        }
        int scale = authorization.currency() == null ? 2
                : Currency.getInstance(authorization.currency()).getDefaultFractionDigits();
        ReturnReceipt.Outcome outcome = ReturnReceipt.of(authorization, command.lines(),
                receipts.receivedByLine(authorization.id()), scale);
        if (!outcome.valid()) {
            throw new UnprocessableException("The receipt names units the return cannot take; nothing was received",
                    outcome.problems().stream().map(p -> new FieldError("lines[" + p.index() + "]." + p.field(),
                            p.message())).toList());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID receiptId = UUID.randomUUID();
        receipts.save(receiptId, command.partnerId(), command.eventId(), authorization.id(), location.locationId(),
                command.occurredAt(), outcome.accepted(), now);
        ReturnStatus status = outcome.complete() ? ReturnStatus.REFUNDED : ReturnStatus.RECEIVED;
        returns.updateStatus(new ReturnAuthorization(authorization.id(), authorization.orderId(),
                authorization.channel(), authorization.method(), authorization.storeLocationId(), status,
                authorization.label(), authorization.currency(), authorization.refundAmount(), authorization.lines(),
                authorization.createdAt(), now));
        List<ReturnReceipt.Accepted> refunding = outcome.accepted().stream().filter(a -> a.refundUnits() > 0).toList();
        if (!refunding.isEmpty()) {
            UUID refundId = UUID.randomUUID();
            receipts.saveRefund(refundId, authorization.id(), refunding, "RECEIPT", now);
            events.refunded(refundId, authorization, refunding, now);
        }
        List<ReturnReceipt.Accepted> resellable = outcome.accepted().stream()
                .filter(a -> a.condition() == ReceivedCondition.RESELLABLE).toList();
        if (!resellable.isEmpty()) {
            events.restocked(receiptId, authorization, location.locationId(), resellable, now);
        }
        return Outcome.APPLIED;
    }
}
