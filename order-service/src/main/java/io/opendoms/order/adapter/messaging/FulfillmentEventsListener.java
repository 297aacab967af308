package io.opendoms.order.adapter.messaging;

import io.opendoms.events.Topics;
import io.opendoms.events.fulfillment.FulfillmentDelivered;
import io.opendoms.events.fulfillment.FulfillmentReleased;
import io.opendoms.events.fulfillment.FulfillmentPickedUp;
import io.opendoms.events.fulfillment.FulfillmentReadyForPickup;
import io.opendoms.events.fulfillment.FulfillmentShipped;
import io.opendoms.events.fulfillment.FulfillmentCancelRefused;
import io.opendoms.events.fulfillment.FulfillmentCancelled;
import io.opendoms.events.fulfillment.FulfillmentUnfilled;
import io.opendoms.order.application.TrackFulfillmentCommand;
import io.opendoms.order.application.TrackFulfillmentUseCase;
import io.opendoms.order.domain.FulfillmentUpdate;
import io.opendoms.platform.messaging.InboundEvents;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class FulfillmentEventsListener {

    static final String CONSUMER = "order.fulfillment-events";

    private final InboundEvents inbound;
    private final TrackFulfillmentUseCase trackFulfillment;
    private final OrderEventMapper mapper;

    FulfillmentEventsListener(InboundEvents inbound, TrackFulfillmentUseCase trackFulfillment,
                              OrderEventMapper mapper) {
        this.inbound = inbound;
        this.trackFulfillment = trackFulfillment;
        this.mapper = mapper;
    }

    @KafkaListener(topics = Topics.FULFILLMENT, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        inbound.batch(CONSUMER, records)
                .on(FulfillmentReleased.class, e -> track(e.orderId(), mapper.toUpdate(e)))
                .on(FulfillmentShipped.class, e -> track(e.orderId(), mapper.toUpdate(e)))
                .on(FulfillmentDelivered.class, e -> track(e.orderId(), mapper.toUpdate(e)))
                .on(FulfillmentUnfilled.class, e -> trackFulfillment.unfilled(mapper.toCommand(e)))
                .on(FulfillmentCancelled.class, e -> trackFulfillment.cancelled(e.orderId(), e.fulfillmentId(),
                        e.locationId(), mapper.toLines(e.lines()), e.cancellationId() != null))
                .on(FulfillmentReadyForPickup.class, e -> track(e.orderId(), mapper.toUpdate(e)))
                .on(FulfillmentPickedUp.class, e -> track(e.orderId(), mapper.toUpdate(e)))
                .on(FulfillmentCancelRefused.class, e -> trackFulfillment.cancelRefused(e.orderId(),
                        mapper.toLines(e.lines()), e.reason()))
                .run();
    }

    private void track(UUID orderId, FulfillmentUpdate update) {
        trackFulfillment.track(new TrackFulfillmentCommand(orderId, update));
    }
}
