package io.opendoms.returns.application;

import io.opendoms.returns.domain.LineDelivery;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RecordDeliveredLinesService implements RecordDeliveredLinesUseCase {

    private final RecordReturnableLinePort lines;

    RecordDeliveredLinesService(RecordReturnableLinePort lines) {
        this.lines = lines;
    }

    @Override
    @Transactional
    public void record(RecordDeliveredLinesCommand command) {
        // one fulfillment order delivers a line once: a line listed twice counts as one delivery of the sum;
        // rows are written in line order, as the order writes them: writers of one order queue, never deadlock
        Map<String, List<RecordDeliveredLinesCommand.Line>> byLine = command.lines().stream()
                .collect(Collectors.groupingBy(RecordDeliveredLinesCommand.Line::lineId, TreeMap::new,
                        Collectors.toList()));
        byLine.forEach((lineId, parts) -> {
            int quantity = parts.stream().mapToInt(RecordDeliveredLinesCommand.Line::quantity).sum();
            // the delivery may overtake the order on its way here: keep it, the order fills in the rest later
            lines.recordDelivered(command.orderId(), lineId, parts.getFirst().sku(),
                    new LineDelivery(command.fulfillmentId(), quantity, command.deliveredAt()));
        });
    }
}
