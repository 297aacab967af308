package io.opendoms.routing.application;

import io.opendoms.routing.application.port.out.SourcingRequestPort;
import io.opendoms.routing.engine.OrderLine;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class HandleCancellationService implements HandleCancellationUseCase {

    private final SourcingRequestPort requests;
    private final OrderCancellations cancellations;

    HandleCancellationService(SourcingRequestPort requests, OrderCancellations cancellations) {
        this.requests = requests;
        this.cancellations = cancellations;
    }

    @Override
    @Transactional
    public void cancel(UUID orderId, UUID cancellationId, List<OrderLine> lines) {
        // an order routing never heard of was never sourced (order-service cancels it alone)
        requests.loadForUpdate(orderId).ifPresent(r -> cancellations.received(orderId, cancellationId, lines));
    }
}
