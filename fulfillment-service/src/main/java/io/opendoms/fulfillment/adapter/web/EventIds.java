package io.opendoms.fulfillment.adapter.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Partners name their events as they like (api.md fixes no format): a UUID is kept as it is, any other id becomes
 * a name-based UUID, so the inbox de-duplicates it all the same.
 */
final class EventIds {

    private EventIds() {
    }

    static UUID of(String eventId) {
        try {
            return UUID.fromString(eventId);
        } catch (IllegalArgumentException notAUuid) {
            return UUID.nameUUIDFromBytes(eventId.getBytes(StandardCharsets.UTF_8));
        }
    }
}
