package io.opendoms.returns.adapter.messaging;

import io.opendoms.events.returns.ReturnRefunded;
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
                lines.stream().map(a -> new ReturnRefunded.Line(a.lineId(), a.quantity(), a.refund())).toList(), at));
    }

    @Override
    public void restocked(UUID receiptId, ReturnAuthorization authorization, String locationId,
                          List<ReturnReceipt.Accepted> lines, Instant at) {
        outbox.append(new ReturnRestocked(receiptId, authorization.id(), authorization.orderId(), locationId,
                lines.stream().map(a -> new ReturnRestocked.Line(a.lineId(), a.sku(), a.quantity())).toList(), at));
    }
}
