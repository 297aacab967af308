package io.opendoms.returns.adapter.persistence;

import io.opendoms.returns.application.LoadReturnableLinesPort;
import io.opendoms.returns.application.SaveReturnableLinePort;
import io.opendoms.returns.domain.ReturnableLine;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
class ReturnableLineJpaAdapter implements LoadReturnableLinesPort, SaveReturnableLinePort {

    private final ReturnableLineJpaRepository lines;
    private final ReturnableLineJpaMapper mapper;

    ReturnableLineJpaAdapter(ReturnableLineJpaRepository lines, ReturnableLineJpaMapper mapper) {
        this.lines = lines;
        this.mapper = mapper;
    }

    @Override
    public List<ReturnableLine> byOrderId(UUID orderId) {
        return lines.findByOrderId(orderId).stream().map(mapper::toDomain).toList();
    }

    @Override
    public void save(ReturnableLine line) {
        lines.findById(new ReturnableLineJpaEntity.Key(line.getOrderId(), line.getLineId()))
                .ifPresentOrElse(entity -> mapper.updateEntity(line, entity),
                        () -> lines.save(mapper.toEntity(line)));
    }
}
