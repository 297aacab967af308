package io.opendoms.fulfillment.adapter.web;

import io.opendoms.fulfillment.domain.FulfillmentOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Fulfillment orders as the API shows them, for bodies sent out of the service (release deliveries). */
@Component
public class FulfillmentPayloads {

    private final FulfillmentWebMapper mapper;
    private final JsonMapper json;

    FulfillmentPayloads(FulfillmentWebMapper mapper, JsonMapper json) {
        this.mapper = mapper;
        this.json = json;
    }

    /** {@code {"eventId", "type", "fulfillment": {...}}}. */
    public String delivery(UUID eventId, String type, FulfillmentOrder fo) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", eventId.toString());
        body.put("type", type);
        body.put("fulfillment", mapper.toResponse(fo));
        return json.writeValueAsString(body);
    }
}
