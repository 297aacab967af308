package io.opendoms.inventory.adapter.messaging;

import io.opendoms.events.inventory.HoldEnded;
import io.opendoms.events.inventory.HoldPlaced;
import io.opendoms.events.inventory.ReservationFailed;
import io.opendoms.events.inventory.ReservationReleased;
import io.opendoms.events.inventory.StockReserved;
import io.opendoms.inventory.application.AvailabilityIndex;
import io.opendoms.inventory.application.PublishInventoryEventsPort;
import io.opendoms.inventory.domain.CheckoutHold;
import io.opendoms.inventory.domain.Item;
import io.opendoms.inventory.domain.Location;
import io.opendoms.inventory.domain.Reservation;
import io.opendoms.inventory.domain.ReservationLine;
import io.opendoms.inventory.domain.Shortage;
import io.opendoms.inventory.domain.StockLevel;
import io.opendoms.platform.outbox.OutboxWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Appends inventory's contract events to the outbox, in the caller's transaction. Every stock and location change
 * is published here, so this is also where the availability index learns of them (once the transaction commits).
 */
@Component
class InventoryEventsOutboxAdapter implements PublishInventoryEventsPort {

    private final OutboxWriter outbox;
    private final InventoryEventMapper mapper;
    private final AvailabilityIndex availability;

    InventoryEventsOutboxAdapter(OutboxWriter outbox, InventoryEventMapper mapper, AvailabilityIndex availability) {
        this.outbox = outbox;
        this.mapper = mapper;
        this.availability = availability;
    }

    @Override
    public void locationUpserted(Location location) {
        outbox.append(mapper.toEvent(location));
        availability.locationsChanged();
    }

    @Override
    public void itemUpserted(Item item) {
        outbox.append(mapper.toEvent(item));
    }

    @Override
    public void stockChanged(StockLevel level, String reason) {
        outbox.append(mapper.toEvent(level, reason));
        availability.stockChanged(level.key().sku());
    }

    @Override
    public void stockReserved(UUID orderId, UUID decisionId, List<Reservation> reservations) {
        outbox.append(new StockReserved(orderId, decisionId, mapper.toReservations(reservations)));
    }

    @Override
    public void reservationFailed(UUID orderId, UUID decisionId, List<Shortage> shortages) {
        outbox.append(new ReservationFailed(orderId, decisionId, mapper.toShortages(shortages)));
    }

    @Override
    public void reservationReleased(UUID orderId, UUID decisionId, List<ReservationLine> lines) {
        outbox.append(new ReservationReleased(orderId, decisionId, ReservationReleased.SHORTAGE, lines.stream()
                .map(line -> new ReservationReleased.Line(line.lineId(), line.locationId(), line.sku(), line.quantity()))
                .toList()));
    }

    @Override
    public void holdPlaced(CheckoutHold hold) {
        outbox.append(toHoldPlaced(hold));
    }

    @Override
    public void holdsPlaced(List<CheckoutHold> holds, List<String> correlationIds, StockLevel after, String reason) {
        List<OutboxWriter.Correlated> appended = new ArrayList<>(holds.size() + 1);
        for (int i = 0; i < holds.size(); i++) {
            appended.add(new OutboxWriter.Correlated(toHoldPlaced(holds.get(i)), correlationIds.get(i)));
        }
        appended.add(new OutboxWriter.Correlated(mapper.toEvent(after, reason), null));
        outbox.appendAll(appended);
        availability.stockChanged(after.key().sku());
    }

    private static HoldPlaced toHoldPlaced(CheckoutHold hold) {
        return new HoldPlaced(hold.id(), hold.expiresAt(), hold.lines().stream()
                .map(line -> new HoldPlaced.Line(line.key().locationId(), line.key().sku(), line.quantity()))
                .toList());
    }

    @Override
    public void holdEnded(CheckoutHold hold) {
        String reason = switch (hold.status()) {
            case RELEASED -> HoldEnded.RELEASED;
            case EXPIRED -> HoldEnded.EXPIRED;
            case CONVERTED -> HoldEnded.CONVERTED;
            case CUT_BY_SHORTAGE -> HoldEnded.SHORTAGE;
            case ACTIVE -> throw new IllegalArgumentException("Hold " + hold.id() + " has not ended");
        };
        outbox.append(new HoldEnded(hold.id(), reason, hold.orderId()));
    }
}
