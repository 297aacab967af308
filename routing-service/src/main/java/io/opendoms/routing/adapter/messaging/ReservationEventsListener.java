package io.opendoms.routing.adapter.messaging;

import io.opendoms.events.Topics;
import io.opendoms.events.inventory.HoldEnded;
import io.opendoms.events.inventory.HoldPlaced;
import io.opendoms.events.inventory.ReservationFailed;
import io.opendoms.events.inventory.StockReserved;
import io.opendoms.platform.messaging.InboundEvents;
import io.opendoms.routing.application.ConfirmAllocationUseCase;
import io.opendoms.routing.application.HandleReservationFailureUseCase;
import io.opendoms.routing.application.RecordHoldsService;
import io.opendoms.routing.domain.HeldUnits;
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
    private final RecordHoldsService holds;

    ReservationEventsListener(InboundEvents inbound, ConfirmAllocationUseCase confirmAllocation,
                              HandleReservationFailureUseCase handleFailure, RoutingEventMapper mapper,
                              RecordHoldsService holds) {
        this.holds = holds;
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
                .on(HoldPlaced.class, e -> holds.placed(e.holdId(), e.expiresAt(), e.lines().stream()
                        .map(line -> new HeldUnits(line.locationId(), line.sku(), line.quantity())).toList()))
                .on(HoldEnded.class, e -> holds.ended(e.holdId()))
                // checkout holds only write routing's hold view, which nothing else writes: a run of them in one
                // commit (a hot SKU places hundreds a second); allocations lock decisions, one per transaction
                .inOneTransaction(HoldPlaced.class, HoldEnded.class)
                .run();
    }
}
