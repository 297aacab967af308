package io.opendoms.platform.outbox;

import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code GET /actuator/outbox} (ops): how many events wait to be published, and the rows Kafka refused that are
 * held for another attempt, with their error — what ops look at when a consumer seems to miss events.
 */
@Endpoint(id = "outbox")
public class OutboxEndpoint {

    private static final int LISTED = 100;

    private final OutboxRelay relay;

    public OutboxEndpoint(OutboxRelay relay) {
        this.relay = relay;
    }

    @ReadOperation
    public Map<String, Object> outbox() {
        List<OutboxRelay.HeldRow> held = relay.held(LISTED);
        return Map.of("pending", relay.pendingCount(), "held", relay.heldCount(), "sendFailures", relay.failures(),
                "heldRows", held);
    }
}
