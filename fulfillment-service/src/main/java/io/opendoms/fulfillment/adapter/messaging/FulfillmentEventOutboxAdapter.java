package io.opendoms.fulfillment.adapter.messaging;

import io.opendoms.fulfillment.application.PublishFulfillmentEventPort;
import io.opendoms.events.fulfillment.FulfillmentExceptionCleared;
import io.opendoms.events.fulfillment.FulfillmentExceptionRaised;
import io.opendoms.fulfillment.domain.FulfillmentException;
import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.fulfillment.domain.Transition;
import io.opendoms.platform.outbox.OutboxWriter;
import io.opendoms.fulfillment.domain.FulfillmentLine;
import io.opendoms.events.fulfillment.ReturnLabelScanned;
import io.opendoms.fulfillment.application.ReturnLabelsPort;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
class FulfillmentEventOutboxAdapter implements PublishFulfillmentEventPort {

    private final OutboxWriter outbox;
    private final FulfillmentEventMapper mapper;

    FulfillmentEventOutboxAdapter(OutboxWriter outbox, FulfillmentEventMapper mapper) {
        this.outbox = outbox;
        this.mapper = mapper;
    }

    @Override
    public void released(FulfillmentOrder fulfillmentOrder) {
        outbox.append(mapper.toReleased(fulfillmentOrder));
    }

    @Override
    public void shipped(FulfillmentOrder fulfillmentOrder, Instant shippedAt) {
        outbox.append(mapper.toShipped(fulfillmentOrder, shippedAt));
    }

    @Override
    public void delivered(FulfillmentOrder fulfillmentOrder, Instant deliveredAt) {
        outbox.append(mapper.toDelivered(fulfillmentOrder, deliveredAt));
    }

    @Override
    public void unfilled(FulfillmentOrder fulfillmentOrder, Transition transition, String detail) {
        outbox.append(mapper.toUnfilled(fulfillmentOrder, transition, detail));
    }

    @Override
    public void cancelled(FulfillmentOrder fulfillmentOrder, UUID cancellationId, Transition transition) {
        outbox.append(mapper.toCancelled(fulfillmentOrder, cancellationId, transition));
    }

    @Override
    public void cancelRefused(UUID orderId, UUID cancellationId, List<FulfillmentLine> lines, String reason) {
        outbox.append(mapper.toCancelRefused(orderId, cancellationId, lines, reason));
    }

    @Override
    public void readyForPickup(FulfillmentOrder fulfillmentOrder, Instant readyAt) {
        outbox.append(mapper.toReadyForPickup(fulfillmentOrder, readyAt));
    }

    @Override
    public void pickedUp(FulfillmentOrder fulfillmentOrder, Instant pickedUpAt) {
        outbox.append(mapper.toPickedUp(fulfillmentOrder, pickedUpAt));
    }

    @Override
    public void returnLabelScanned(ReturnLabelsPort.ReturnLabel label, String status, Instant occurredAt,
                                   String detail) {
        outbox.append(new ReturnLabelScanned(label.returnId(), label.orderId(), label.carrier(),
                label.trackingNumber(), status, occurredAt, detail));
    }

    @Override
    public void exceptionRaised(FulfillmentException e) {
        outbox.append(new FulfillmentExceptionRaised(e.id(), e.fulfillmentId(), e.orderId(), e.locationId(),
                e.kind().name(), e.since(), e.detail()));
    }

    @Override
    public void exceptionCleared(FulfillmentException e, String clearedBy) {
        outbox.append(new FulfillmentExceptionCleared(e.id(), e.fulfillmentId(), e.orderId(), e.locationId(),
                e.kind().name(), e.since(), e.clearedAt(), clearedBy));
    }
}
