package io.opendoms.order.adapter.persistence;

import io.opendoms.order.domain.HoldReason;
import io.opendoms.order.domain.HoldRule;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** An order's hold reasons as a JSON array in one column; none is null. */
@Converter
class HoldReasonsJpaConverter implements AttributeConverter<List<HoldReason>, String> {

    /** Its own mapper: a change to the application's JSON settings must not change how stored rows read. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Stored(String rule, String detail) {
    }

    @Override
    public String convertToDatabaseColumn(List<HoldReason> reasons) {
        return reasons == null || reasons.isEmpty() ? null
                : JSON.writeValueAsString(reasons.stream().map(r -> new Stored(r.rule().name(), r.detail())).toList());
    }

    @Override
    public List<HoldReason> convertToEntityAttribute(String column) {
        List<HoldReason> reasons = new ArrayList<>(); // mutable: the entity's list is updated in place
        if (column != null) {
            JSON.readValue(column, new TypeReference<List<Stored>>() { })
                    .forEach(s -> reasons.add(new HoldReason(HoldRule.valueOf(s.rule()), s.detail())));
        }
        return reasons;
    }
}
