package io.opendoms.fulfillment.application;

import io.opendoms.platform.web.ConflictException;
import io.opendoms.platform.web.NotFoundException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ResendReleaseDeliveryService implements ResendReleaseDeliveryUseCase {

    private final ReleaseDeliveryPort deliveries;
    private final Clock clock;

    ResendReleaseDeliveryService(ReleaseDeliveryPort deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ReleaseDeliveryPort.Delivery resend(UUID fulfillmentId, UUID deliveryId) {
        String before = deliveries.resend(fulfillmentId, deliveryId, clock.instant())
                .orElseThrow(() -> new NotFoundException(
                        "No release delivery " + deliveryId + " of fulfillment order " + fulfillmentId));
        if ("PENDING".equals(before)) {
            throw new ConflictException("Release delivery " + deliveryId
                    + " is still being delivered (PENDING): it is retried by itself until delivered or given up");
        }
        return deliveries.ofFulfillment(fulfillmentId).stream().filter(d -> d.id().equals(deliveryId)).findFirst()
                .orElseThrow();
    }
}
