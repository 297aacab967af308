package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.fulfillment.domain.FulfillmentStatus;
import io.opendoms.platform.web.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class FindFulfillmentOrdersService implements FindFulfillmentOrdersUseCase {

    private final LoadFulfillmentOrderPort load;
    private final ReleaseDeliveryPort deliveries;

    FindFulfillmentOrdersService(LoadFulfillmentOrderPort load, ReleaseDeliveryPort deliveries) {
        this.load = load;
        this.deliveries = deliveries;
    }

    @Override
    public FulfillmentOrder byId(UUID fulfillmentId) {
        return load.byId(fulfillmentId)
                .orElseThrow(() -> new NotFoundException("No fulfillment order " + fulfillmentId));
    }

    @Override
    public List<FulfillmentOrder> byOrderId(UUID orderId) {
        return load.byOrderId(orderId);
    }

    @Override
    public LoadFulfillmentOrderPort.Slice byLocation(String locationId, FulfillmentStatus status, int page,
                                                     int size) {
        return load.byLocation(locationId, status, page, size);
    }

    @Override
    public List<ReleaseDeliveryPort.Delivery> deliveries(UUID fulfillmentId) {
        byId(fulfillmentId);
        return deliveries.ofFulfillment(fulfillmentId);
    }
}
