package io.opendoms.inventory.adapter.web;

import io.opendoms.inventory.domain.SkuAvailability;
import java.io.IOException;
import java.io.OutputStream;
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
    private static final byte[] COMMA = {','};
    private static final byte[] EMPTY = "{\"items\":[]}".getBytes(StandardCharsets.UTF_8);
    /** Fragments kept at most; the index bounds its SKUs itself, this bounds what unknown SKUs could add here. */
    private static final int MAX_FRAGMENTS = 20_000;

    private final JsonMapper json;
    private final AvailabilityWebMapper mapper;
    private final ConcurrentHashMap<String, Fragment> fragments = new ConcurrentHashMap<>();

    AvailabilityJson(JsonMapper json, AvailabilityWebMapper mapper) {
        this.json = json;
        this.mapper = mapper;
    }

    /**
     * The answer to a query, {@code {"items": [...]}} (the same bytes as the {@link AvailabilityResponse}), as its
     * parts in order, to be written one after the other: a network-wide answer of 50 SKUs over 500 locations is
     * ~370 KB, and joining it into one array cost a copy and an allocation of that size per query.
     */
    Answer answer(List<SkuAvailability> items, boolean sharedInstances) {
        byte[][] parts = new byte[2 * items.size() + 1][];
        int length = 0;
        parts[0] = OPEN;
        for (int i = 0; i < items.size(); i++) {
            SkuAvailability item = items.get(i);
            byte[] fragment = sharedInstances ? fragmentOf(item) : json.writeValueAsBytes(mapper.toItem(item));
            parts[2 * i + 1] = fragment;
            parts[2 * i + 2] = i == items.size() - 1 ? CLOSE : COMMA;
        }
        if (items.isEmpty()) {
            parts[0] = EMPTY;
        }
        for (byte[] part : parts) {
            length += part.length;
        }
        return new Answer(List.of(parts), length);
    }

    /** An answer's bytes in parts (shared: never to be changed), and their length in all. */
    record Answer(List<byte[]> parts, int length) {

        void writeTo(OutputStream out) throws IOException {
            for (byte[] part : parts) {
                out.write(part);
            }
        }
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
