package io.opendoms.returns.adapter.messaging;

import io.opendoms.events.returns.ReturnAuthorized;
import io.opendoms.events.returns.ReturnRefunded;
import io.opendoms.returns.domain.LineDecision;
import io.opendoms.events.returns.ReturnRestocked;
import io.opendoms.platform.outbox.OutboxWriter;
import io.opendoms.returns.application.PublishReturnEventsPort;
import io.opendoms.returns.domain.ReturnAuthorization;
import io.opendoms.returns.domain.ReturnReceipt;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
class ReturnEventsOutboxAdapter implements PublishReturnEventsPort {

    private final OutboxWriter outbox;

    ReturnEventsOutboxAdapter(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void refunded(UUID refundId, ReturnAuthorization authorization, List<ReturnReceipt.Accepted> lines,
                         Instant at) {
        outbox.append(new ReturnRefunded(refundId, authorization.id(), authorization.orderId(),
                lines.stream().map(ReturnReceipt.Accepted::refund).reduce(BigDecimal.ZERO, BigDecimal::add),
                authorization.currency(),
                lines.stream().map(a -> new ReturnRefunded.Line(a.lineId(), a.refundUnits(), a.refund())).toList(), at));
    }

    @Override
    public void authorized(ReturnAuthorization a, Instant at) {
        outbox.append(new ReturnAuthorized(a.id(), a.orderId(), a.method().name(), a.storeLocationId(),
                a.label() == null ? null : a.label().carrier(), a.label() == null ? null : a.label().trackingNumber(),
                a.lines().stream().filter(LineDecision::eligible)
                        .map(l -> new ReturnAuthorized.Line(l.lineId(), l.sku(), l.quantity())).toList(),
                a.refundAmount(), a.currency(), at));
    }

    @Override
    public void restocked(UUID receiptId, ReturnAuthorization authorization, String locationId,
                          List<ReturnReceipt.Accepted> lines, Instant at) {
        outbox.append(new ReturnRestocked(receiptId, authorization.id(), authorization.orderId(), locationId,
                lines.stream().map(a -> new ReturnRestocked.Line(a.lineId(), a.sku(), a.quantity())).toList(), at));
    }
}
