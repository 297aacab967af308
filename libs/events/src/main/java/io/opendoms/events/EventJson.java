package io.opendoms.events;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON codec of the contract (Jackson 3): ISO-8601 timestamps, unknown fields ignored (additive evolution). */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // money travels as exact decimals, also through the envelope's JsonNode payload
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static String encode(EventEnvelope envelope) {
        return MAPPER.writeValueAsString(envelope);
    }

    /** Parses an envelope; throws {@link tools.jackson.core.JacksonException} on malformed input. */
    public static EventEnvelope decode(String json) {
        return MAPPER.readValue(json, EventEnvelope.class);
    }

    public static JsonNode toTree(Object value) {
        return MAPPER.valueToTree(value);
    }

    public static <T> T fromTree(JsonNode node, Class<T> type) {
        return MAPPER.treeToValue(node, type);
    }

    private EventJson() {
    }
}
