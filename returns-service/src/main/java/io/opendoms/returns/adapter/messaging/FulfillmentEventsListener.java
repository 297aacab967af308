package io.opendoms.returns.adapter.messaging;

import io.opendoms.events.Topics;
import io.opendoms.events.fulfillment.FulfillmentDelivered;
import io.opendoms.events.fulfillment.ReturnLabelScanned;
import io.opendoms.returns.application.FollowReturnLabelService;
import io.opendoms.platform.messaging.InboundEvents;
import io.opendoms.returns.application.RecordDeliveredLinesUseCase;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class FulfillmentEventsListener {

    static final String CONSUMER = "returns.fulfillment";

    private final InboundEvents inbound;
    private final RecordDeliveredLinesUseCase recordDeliveredLines;
    private final ReturnableLineEventMapper mapper;

    private final FollowReturnLabelService labels;

    FulfillmentEventsListener(InboundEvents inbound, RecordDeliveredLinesUseCase recordDeliveredLines,
                              ReturnableLineEventMapper mapper, FollowReturnLabelService labels) {
        this.labels = labels;
        this.inbound = inbound;
        this.recordDeliveredLines = recordDeliveredLines;
        this.mapper = mapper;
    }

    @KafkaListener(topics = Topics.FULFILLMENT, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        inbound.batch(CONSUMER, records)
                .on(FulfillmentDelivered.class, delivered -> recordDeliveredLines.record(mapper.toCommand(delivered)))
                .on(ReturnLabelScanned.class, scan -> labels.scanned(scan.returnId(), scan.status()))
                .run();
    }
}
