package io.opendoms.returns.application;

import io.opendoms.returns.domain.ReturnableLine;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RecordOrderedLinesService implements RecordOrderedLinesUseCase {

    private final LoadReturnableLinesPort load;
    private final SaveReturnableLinePort save;

    RecordOrderedLinesService(LoadReturnableLinesPort load, SaveReturnableLinePort save) {
        this.load = load;
        this.save = save;
    }

    @Override
    @Transactional
    public void record(RecordOrderedLinesCommand command) {
        Map<String, ReturnableLine> known = load.byOrderId(command.orderId()).stream()
                .collect(Collectors.toMap(ReturnableLine::getLineId, Function.identity()));
        for (RecordOrderedLinesCommand.Line ordered : command.lines()) {
            ReturnableLine line = known.getOrDefault(ordered.lineId(),
                    ReturnableLine.unknown(command.orderId(), ordered.lineId(), ordered.sku()));
            line.recordOrdered(ordered.sku(), ordered.quantity(), ordered.unitPrice(), command.currency(),
                    command.channel());
            save.save(line);
        }
    }
}
