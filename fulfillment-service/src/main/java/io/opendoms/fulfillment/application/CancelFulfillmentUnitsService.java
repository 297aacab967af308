package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.FulfillmentLine;
import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.fulfillment.domain.FulfillmentOrder.PickedLine;
import io.opendoms.fulfillment.domain.Transition;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fulfillment side of an order's cancellation. Routing hands over the units it had sourced once no decision of the
 * order is in flight, after the allocations that created their fulfillment orders (same topic, same key): they are
 * all here. A released fulfillment order gives units up at once; one being picked, packed or waiting at the counter
 * asks its location (a cancel request the WMS confirms or refuses by webhook: {@link RecordWmsEventService}); what
 * shipped, was collected, or is on no fulfillment order is refused at once.
 */
@Service
class CancelFulfillmentUnitsService implements CancelFulfillmentUnitsUseCase {

    static final String NOT_FOUND = "on no fulfillment order";

    private final LoadFulfillmentOrderPort load;
    private final SaveFulfillmentOrderPort save;
    private final FulfillmentExceptionsService exceptions;
    private final ReleaseDeliveryPort deliveries;
    private final PublishFulfillmentEventPort events;
    private final CancellationLogPort cancellations;
    private final PendingShortagePort orderLocks;
    private final Clock clock;

    CancelFulfillmentUnitsService(LoadFulfillmentOrderPort load, SaveFulfillmentOrderPort save, FulfillmentExceptionsService exceptions,
                                  PublishFulfillmentEventPort events, CancellationLogPort cancellations,
                                  PendingShortagePort orderLocks, Clock clock, ReleaseDeliveryPort deliveries) {
        this.load = load;
        this.save = save;
        this.exceptions = exceptions;
        this.deliveries = deliveries;
        this.events = events;
        this.cancellations = cancellations;
        this.orderLocks = orderLocks;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void cancel(CancelFulfillmentUnitsCommand command) {
        List<CancelFulfillmentUnitsCommand.Line> lines = command.lines().stream()
                .filter(line -> line.quantity() > 0).toList();
        if (lines.isEmpty()) {
            return;
        }
        if (command.cancellationId() != null && !cancellations.firstTime(command.orderId(), command.cancellationId())) {
            return; // the same cancellation re-sent under another event id
        }
        // the order's lock before its rows, as the shortage consumer and the release take them: with the allocations
        // of a poll in the same transaction, any other order would let the two wait for each other
        orderLocks.lockOrder(command.orderId());
        Instant now = clock.instant();
        // newest first: the units planned last are the least likely to be on a picker's cart
        List<FulfillmentOrder> orders = load.byOrderIdForUpdate(command.orderId()).stream()
                .sorted(Comparator.comparing(FulfillmentOrder::getCreatedAt)
                        .thenComparing(FulfillmentOrder::getShipmentId).reversed())
                .toList();
        Map<FulfillmentOrder, List<PickedLine>> takes = new LinkedHashMap<>();
        List<FulfillmentLine> refusedLines = new ArrayList<>();
        Set<String> reasons = new LinkedHashSet<>();
        Set<FulfillmentOrder> asked = new LinkedHashSet<>();
        for (CancelFulfillmentUnitsCommand.Line line : lines) {
            int left = line.quantity();
            for (FulfillmentOrder fo : orders) {
                if (left == 0) {
                    break;
                }
                int held = quantityOf(fo, line.lineId());
                if (held == 0 || !fo.isCancellable()) {
                    continue;
                }
                int taken = Math.min(left, held - alreadyTaken(takes, fo, line.lineId()));
                if (taken > 0) {
                    takes.computeIfAbsent(fo, f -> new ArrayList<>()).add(new PickedLine(line.lineId(), taken));
                    left -= taken;
                }
            }
            for (FulfillmentOrder fo : orders) {
                if (left == 0) {
                    break;
                }
                if (fo.canBeAskedToCancel() && quantityOf(fo, line.lineId()) > 0) {
                    left -= fo.requestCancel(command.cancellationId(), List.of(new PickedLine(line.lineId(), left)), now)
                            .stream().mapToInt(FulfillmentLine::quantity).sum();
                    asked.add(fo);
                }
            }
            if (left > 0) {
                refusedLines.add(new FulfillmentLine(line.lineId(), line.sku(), left));
                reasons.addAll(whyNot(orders, line.lineId()));
            }
        }
        String detail = command.cancellationId() == null ? "order cancellation"
                : "order cancellation " + command.cancellationId();
        takes.forEach((fo, taken) -> {
            Transition transition = fo.cancel(taken, now, detail, now);
            if (transition.tookUnitsOff()) {
                events.cancelled(fo, command.cancellationId(), transition);
                // a location with a release URL got the units by POST: it is told the same way what it no longer
                // fulfils (the others see it when they pull)
                deliveries.enqueue(fo, "CANCELLED", now);
            }
            exceptions.afterChange(fo, now);
            save.update(fo);
        });
        for (FulfillmentOrder fo : asked) {
            save.update(fo);
            // a location with a release URL is asked there too; the others see cancelRequested when they pull
            deliveries.enqueue(fo, "CANCEL_REQUESTED", now);
        }
        if (!refusedLines.isEmpty()) {
            events.cancelRefused(command.orderId(), command.cancellationId(), refusedLines, String.join("; ", reasons));
        }
    }

    /**
     * Why the line's units cannot be taken off, from the fulfillment orders that still hold some of it (past asking,
     * or every unit of the line there asked about already).
     */
    private static List<String> whyNot(List<FulfillmentOrder> orders, String lineId) {
        List<String> reasons = orders.stream()
                .filter(fo -> !fo.isCancellable() && !fo.getStatus().isClosed() && quantityOf(fo, lineId) > 0)
                .filter(fo -> !fo.canBeAskedToCancel() || requestedOf(fo, lineId) >= quantityOf(fo, lineId))
                .map(FulfillmentOrder::whyNotCancellable)
                .distinct().toList();
        return reasons.isEmpty() ? List.of("line " + lineId + " " + NOT_FOUND) : reasons;
    }

    private static int quantityOf(FulfillmentOrder fo, String lineId) {
        return fo.getLines().stream().filter(l -> l.lineId().equals(lineId)).mapToInt(FulfillmentLine::quantity).sum();
    }

    private static int requestedOf(FulfillmentOrder fo, String lineId) {
        return fo.getCancelRequests().stream().filter(r -> r.lineId().equals(lineId))
                .mapToInt(io.opendoms.fulfillment.domain.CancelRequest::quantity).sum();
    }

    private static int alreadyTaken(Map<FulfillmentOrder, List<PickedLine>> takes, FulfillmentOrder fo,
                                    String lineId) {
        return takes.getOrDefault(fo, List.of()).stream().filter(p -> p.lineId().equals(lineId))
                .mapToInt(PickedLine::quantity).sum();
    }
}
