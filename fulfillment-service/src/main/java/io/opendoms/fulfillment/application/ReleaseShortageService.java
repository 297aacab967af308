package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.fulfillment.domain.FulfillmentOrder.PickedLine;
import io.opendoms.fulfillment.domain.Transition;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ReleaseShortageService implements ReleaseShortageUseCase {

    private static final Logger log = LoggerFactory.getLogger(ReleaseShortageService.class);

    private final LoadFulfillmentOrderPort load;
    private final SaveFulfillmentOrderPort save;
    private final FulfillmentExceptionsService exceptions;
    private final PublishFulfillmentEventPort events;
    private final PendingShortagePort pending;
    private final ReleaseDeliveryPort deliveries;
    private final Clock clock;

    ReleaseShortageService(LoadFulfillmentOrderPort load, SaveFulfillmentOrderPort save, FulfillmentExceptionsService exceptions,
                           PublishFulfillmentEventPort events, PendingShortagePort pending,
                           ReleaseDeliveryPort deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.load = load;
        this.save = save;
        this.exceptions = exceptions;
        this.events = events;
        this.pending = pending;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void release(ReleaseShortageCommand command) {
        if (command.decisionId() == null || command.lines() == null || command.lines().isEmpty()) {
            return;
        }
        pending.lockOrder(command.orderId());
        Instant now = clock.instant();
        Map<String, List<ReleaseShortageCommand.Line>> byLocation = new LinkedHashMap<>();
        command.lines().forEach(line -> byLocation.computeIfAbsent(line.locationId(), l -> new ArrayList<>())
                .add(line));
        byLocation.forEach((locationId, lines) -> {
            List<FulfillmentOrder> orders = load.byDecisionForUpdate(command.orderId(), command.decisionId(),
                    locationId);
            if (orders.isEmpty()) {
                // the allocation has not arrived yet: its release applies this when it creates the fulfillment order
                pending.remember(command.orderId(), command.decisionId(), locationId, lines.stream()
                        .map(l -> new PendingShortagePort.PendingLine(l.lineId(), l.sku(), l.quantity())).toList(),
                        command.occurredAt());
                return;
            }
            for (FulfillmentOrder fo : orders) {
                List<PickedLine> own = lines.stream()
                        .filter(l -> fo.getLines().stream().anyMatch(f -> f.lineId().equals(l.lineId())))
                        .map(l -> new PickedLine(l.lineId(), l.quantity())).toList();
                if (own.isEmpty()) {
                    continue;
                }
                Transition transition = fo.releaseShortage(own, command.occurredAt(), now);
                if (transition.tookUnitsOff()) {
                    events.unfilled(fo, transition, null);
                    // a location that receives by POST is told which units it no longer fulfils
                    deliveries.enqueue(fo, "SHORTAGE", now);
                } else {
                    log.info("Shortage of order {} at {} not taken off fulfillment order {}: it is {}",
                            command.orderId(), locationId, fo.getId(), fo.getStatus());
                }
                exceptions.afterChange(fo, now);
                save.update(fo);
            }
        });
    }
}
