package io.opendoms.routing.adapter.messaging;

import io.opendoms.events.Topics;
import io.opendoms.events.inventory.ReservationFailed;
import io.opendoms.events.inventory.StockReserved;
import io.opendoms.platform.messaging.InboundEvents;
import io.opendoms.routing.application.ConfirmAllocationUseCase;
import io.opendoms.routing.application.HandleReservationFailureUseCase;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class ReservationEventsListener {

    static final String CONSUMER = "routing.reservations";

    private final InboundEvents inbound;
    private final ConfirmAllocationUseCase confirmAllocation;
    private final HandleReservationFailureUseCase handleFailure;
    private final RoutingEventMapper mapper;

    ReservationEventsListener(InboundEvents inbound, ConfirmAllocationUseCase confirmAllocation,
                              HandleReservationFailureUseCase handleFailure, RoutingEventMapper mapper) {
        this.inbound = inbound;
        this.confirmAllocation = confirmAllocation;
        this.handleFailure = handleFailure;
        this.mapper = mapper;
    }

    @KafkaListener(topics = Topics.INVENTORY_RESERVATIONS, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        inbound.batch(CONSUMER, records)
                .on(StockReserved.class, e -> confirmAllocation.confirm(
                        Payloads.map("reservation", () -> mapper.toCommand(e))))
                .on(ReservationFailed.class, e -> handleFailure.handle(
                        Payloads.map("reservation failure", () -> mapper.toCommand(e))))
                .run();
    }
}
