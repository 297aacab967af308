package io.opendoms.returns.application;

import io.opendoms.returns.domain.ReturnableLine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RecordDeliveredLinesService implements RecordDeliveredLinesUseCase {

    private final LoadReturnableLinesPort load;
    private final SaveReturnableLinePort save;

    RecordDeliveredLinesService(LoadReturnableLinesPort load, SaveReturnableLinePort save) {
        this.load = load;
        this.save = save;
    }

    @Override
    @Transactional
    public void record(RecordDeliveredLinesCommand command) {
        Map<String, ReturnableLine> known = load.byOrderId(command.orderId()).stream()
                .collect(Collectors.toMap(ReturnableLine::getLineId, Function.identity()));
        // one fulfillment order delivers a line once: a line listed twice counts as one delivery of the sum
        Map<String, List<RecordDeliveredLinesCommand.Line>> byLine = command.lines().stream()
                .collect(Collectors.groupingBy(RecordDeliveredLinesCommand.Line::lineId, LinkedHashMap::new,
                        Collectors.toList()));
        byLine.forEach((lineId, parts) -> {
            // the delivery may overtake the order on its way here: keep it, the order fills in the rest later
            ReturnableLine line = known.getOrDefault(lineId,
                    ReturnableLine.unknown(command.orderId(), lineId, parts.getFirst().sku()));
            int quantity = parts.stream().mapToInt(RecordDeliveredLinesCommand.Line::quantity).sum();
            if (line.recordDelivered(command.fulfillmentId(), quantity, command.deliveredAt())) {
                save.save(line);
            }
        });
    }
}
