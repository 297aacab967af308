package io.opendoms.returns.adapter.messaging;

import io.opendoms.events.Topics;
import io.opendoms.events.order.OrderReceived;
import io.opendoms.platform.messaging.InboundEvents;
import io.opendoms.returns.application.CustomersPort;
import io.opendoms.returns.application.RecordOrderedLinesUseCase;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class OrderEventsListener {

    static final String CONSUMER = "returns.orders";

    private final InboundEvents inbound;
    private final RecordOrderedLinesUseCase recordOrderedLines;
    private final ReturnableLineEventMapper mapper;

    private final CustomersPort customers;

    OrderEventsListener(InboundEvents inbound, RecordOrderedLinesUseCase recordOrderedLines,
                        ReturnableLineEventMapper mapper, CustomersPort customers) {
        this.customers = customers;
        this.inbound = inbound;
        this.recordOrderedLines = recordOrderedLines;
        this.mapper = mapper;
    }

    @KafkaListener(topics = Topics.ORDERS, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        inbound.batch(CONSUMER, records)
                .on(OrderReceived.class, received -> {
                    recordOrderedLines.record(mapper.toCommand(received));
                    customers.record(received.orderId(), received.customerEmail());
                })
                // each order inserts its own lines: one transaction for the whole poll (ADR 0008)
                .inOneTransaction()
                .run();
    }
}
