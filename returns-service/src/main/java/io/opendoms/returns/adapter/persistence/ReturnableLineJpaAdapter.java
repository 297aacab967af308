package io.opendoms.returns.adapter.persistence;

import io.opendoms.returns.application.LoadReturnableLinesPort;
import io.opendoms.returns.application.RecordReturnableLinePort;
import io.opendoms.returns.domain.LineDelivery;
import io.opendoms.returns.domain.ReturnableLine;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
class ReturnableLineJpaAdapter implements LoadReturnableLinesPort, RecordReturnableLinePort {

    private final ReturnableLineJpaRepository lines;
    private final ReturnableLineJpaMapper mapper;

    ReturnableLineJpaAdapter(ReturnableLineJpaRepository lines, ReturnableLineJpaMapper mapper) {
        this.lines = lines;
        this.mapper = mapper;
    }

    @Override
    public List<ReturnableLine> byOrderId(UUID orderId) {
        return lines.findByOrderId(orderId).stream().map(mapper::toDomain).toList();
    }

    @Override
    public List<ReturnableLine> lockByOrderId(UUID orderId) {
        return lines.lockByOrderId(orderId).stream().map(mapper::toDomain).toList();
    }

    @Override
    public void recordOrdered(ReturnableLine line) {
        lines.upsertOrdered(line.getOrderId(), line.getLineId(), line.getSku(), line.getUnitPrice(),
                line.getCurrency(), line.getOrderedQuantity(), line.getChannel());
    }

    @Override
    public void recordDelivered(UUID orderId, String lineId, String sku, LineDelivery delivery) {
        lines.insertIfAbsent(orderId, lineId, sku);
        if (lines.insertDelivery(orderId, lineId, delivery.fulfillmentId(), delivery.quantity(),
                delivery.deliveredAt()) == 1) {
            lines.addDelivered(orderId, lineId, delivery.quantity(), delivery.deliveredAt());
        }
    }
}
