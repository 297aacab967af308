package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.FulfillmentOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ReleaseFulfillmentOrdersService implements ReleaseFulfillmentOrdersUseCase {

    private final LoadFulfillmentOrderPort load;
    private final SaveFulfillmentOrderPort save;
    private final PublishFulfillmentEventPort events;

    ReleaseFulfillmentOrdersService(LoadFulfillmentOrderPort load, SaveFulfillmentOrderPort save,
                                    PublishFulfillmentEventPort events) {
        this.load = load;
        this.save = save;
        this.events = events;
    }

    @Override
    @Transactional
    public List<FulfillmentOrder> release(ReleaseFulfillmentOrdersCommand command) {
        Instant now = Instant.now();
        List<FulfillmentOrder> released = new ArrayList<>();
        for (ReleaseFulfillmentOrdersCommand.Shipment shipment : command.shipments()) {
            // The same allocation can arrive again under another event id (a re-sent decision): a shipment is
            // released once; the unique (order_id, shipment_id) key backs this check against races.
            if (load.existsForShipment(command.orderId(), shipment.shipmentId())) {
                continue;
            }
            FulfillmentOrder fo = FulfillmentOrder.release(UUID.randomUUID(), command.orderId(),
                    shipment.shipmentId(), shipment.locationId(), shipment.type(), shipment.lines(),
                    shipment.carrier(), shipment.service(), shipment.promisedDeliveryDate(), now);
            save.create(fo);
            events.released(fo);
            released.add(fo);
        }
        return released;
    }
}
