package io.opendoms.fulfillment.adapter.messaging;

import io.opendoms.events.Topics;
import io.opendoms.events.returns.ReturnAuthorized;
import io.opendoms.fulfillment.application.ReturnLabelsPort;
import io.opendoms.platform.messaging.InboundEvents;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Learns the prepaid labels of mail returns, whose carrier scans the carrier webhook then passes on. */
@Component
class ReturnEventsListener {

    static final String CONSUMER = "fulfillment.returns";

    private final InboundEvents inbound;
    private final ReturnLabelsPort labels;

    ReturnEventsListener(InboundEvents inbound, ReturnLabelsPort labels) {
        this.inbound = inbound;
        this.labels = labels;
    }

    @KafkaListener(topics = Topics.RETURNS, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        inbound.batch(CONSUMER, records)
                .on(ReturnAuthorized.class, e -> {
                    if (e.labelCarrier() != null && e.labelTrackingNumber() != null) {
                        labels.save(new ReturnLabelsPort.ReturnLabel(e.labelCarrier(), e.labelTrackingNumber(),
                                e.returnId(), e.orderId()));
                    }
                })
                .inOneTransaction()
                .run();
    }
}
