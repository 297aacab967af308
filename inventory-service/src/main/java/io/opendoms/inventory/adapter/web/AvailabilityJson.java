package io.opendoms.inventory.adapter.web;

import io.opendoms.inventory.domain.SkuAvailability;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes availability answers as JSON. A network-wide answer of 50 SKUs lists thousands of locations; the index
 * hands out the same {@link SkuAvailability} instance until its SKU changes, so each SKU's JSON is written once per
 * instance and answers are joined from those bytes. Near answers differ per query and are written each time.
 */
@Component
class AvailabilityJson {

    private static final byte[] OPEN = "{\"items\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CLOSE = "]}".getBytes(StandardCharsets.UTF_8);
    /** Fragments kept at most; the index bounds its SKUs itself, this bounds what unknown SKUs could add here. */
    private static final int MAX_FRAGMENTS = 20_000;

    private final JsonMapper json;
    private final AvailabilityWebMapper mapper;
    private final ConcurrentHashMap<String, Fragment> fragments = new ConcurrentHashMap<>();

    AvailabilityJson(JsonMapper json, AvailabilityWebMapper mapper) {
        this.json = json;
        this.mapper = mapper;
    }

    /** The answer to a query: {@code {"items": [...]}}, the same bytes as the {@link AvailabilityResponse}. */
    byte[] write(List<SkuAvailability> items, boolean sharedInstances) {
        byte[][] parts = new byte[items.size()][];
        int length = OPEN.length + CLOSE.length + Math.max(0, items.size() - 1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = sharedInstances ? fragmentOf(items.get(i)) : json.writeValueAsBytes(mapper.toItem(items.get(i)));
            length += parts[i].length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(length);
        out.writeBytes(OPEN);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(parts[i]);
        }
        out.writeBytes(CLOSE);
        return out.toByteArray();
    }

    private byte[] fragmentOf(SkuAvailability item) {
        Fragment fragment = fragments.get(item.sku());
        if (fragment != null && fragment.source == item) {
            return fragment.json;
        }
        byte[] bytes = json.writeValueAsBytes(mapper.toItem(item));
        if (fragments.size() >= MAX_FRAGMENTS) {
            fragments.clear();
        }
        fragments.put(item.sku(), new Fragment(item, bytes));
        return bytes;
    }

    /** Identity, not equality: the bytes belong to this very instance of the SKU's availability. */
    private record Fragment(SkuAvailability source, byte[] json) {
    }
}
