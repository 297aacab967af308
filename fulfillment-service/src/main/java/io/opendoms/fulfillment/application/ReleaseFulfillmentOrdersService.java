package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.FulfillmentLine;
import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.fulfillment.domain.FulfillmentOrder.PickedLine;
import io.opendoms.fulfillment.domain.FulfillmentStatus;
import io.opendoms.fulfillment.domain.Transition;
import java.time.Clock;
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
    private final PendingShortagePort pendingShortages;
    private final Clock clock;
    private final ReleaseDeliveryPort deliveries;

    ReleaseFulfillmentOrdersService(LoadFulfillmentOrderPort load, SaveFulfillmentOrderPort save,
                                    PublishFulfillmentEventPort events, PendingShortagePort pendingShortages,
                                    Clock clock, ReleaseDeliveryPort deliveries) {
        this.load = load;
        this.save = save;
        this.events = events;
        this.pendingShortages = pendingShortages;
        this.clock = clock;
        this.deliveries = deliveries;
    }

    @Override
    @Transactional
    public List<FulfillmentOrder> release(ReleaseFulfillmentOrdersCommand command) {
        Instant now = clock.instant();
        if (command.decisionId() != null) {
            // a shortage release of this order looking for these fulfillment orders waits for this transaction, or
            // this one sees what it left pending
            pendingShortages.lockOrder(command.orderId());
        }
        List<FulfillmentOrder> released = new ArrayList<>();
        for (ReleaseFulfillmentOrdersCommand.Shipment shipment : command.shipments()) {
            // The same allocation can arrive again under another event id (a re-sent decision): a shipment is
            // released once; the unique (order_id, shipment_id) key backs this check against races.
            if (load.existsForShipment(command.orderId(), shipment.shipmentId())) {
                continue;
            }
            FulfillmentOrder fo = FulfillmentOrder.release(UUID.randomUUID(), command.orderId(),
                    command.decisionId(), shipment.shipmentId(), shipment.locationId(), shipment.type(),
                    shipment.lines(), shipment.carrier(), shipment.service(), shipment.shipDate(),
                    shipment.promisedDeliveryDate(), now);
            Transition shortage = null;
            if (command.decisionId() != null) {
                List<PickedLine> pending = pendingShortages.take(command.orderId(), command.decisionId(),
                        shipment.locationId(), shipment.lines().stream().map(FulfillmentLine::lineId).toList());
                if (!pending.isEmpty()) {
                    shortage = fo.releaseShortage(pending, now, now);
                }
            }
            save.create(fo);
            if (fo.getStatus() == FulfillmentStatus.RELEASED) {
                events.released(fo);
                deliveries.enqueue(fo, "RELEASED", now);
            }
            if (shortage != null && shortage.tookUnitsOff()) {
                events.unfilled(fo, shortage, null);
            }
            released.add(fo);
        }
        return released;
    }
}
