package io.opendoms.platform.messaging;

import io.opendoms.events.EventCatalog;
import io.opendoms.events.EventEnvelope;
import io.opendoms.events.EventJson;
import io.opendoms.events.EventPayload;
import io.opendoms.platform.correlation.Correlation;
import io.opendoms.platform.inbox.InboxGuard;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;

/**
 * Idempotent consumption of contract events: decodes the envelope and runs the handler registered for its type
 * together with the inbox row in one transaction, with the envelope's correlation id in the MDC.
 *
 * <pre>{@code
 * inbound.dispatch("routing.orders", message)
 *     .on(OrderReceived.class, routeOrder::route)
 *     .run();
 * }</pre>
 */
public class InboundEvents {

    private static final Logger log = LoggerFactory.getLogger(InboundEvents.class);

    private final InboxGuard inbox;
    private final TransactionTemplate tx;

    public InboundEvents(InboxGuard inbox, TransactionTemplate tx) {
        this.inbox = inbox;
        this.tx = tx;
    }

    /**
     * Starts a dispatch of one Kafka message value for {@code consumer}, the de-duplication scope (for example
     * {@code routing.orders}); register handlers, then {@link Dispatch#run()}.
     */
    public Dispatch dispatch(String consumer, String message) {
        return new Dispatch(consumer, message);
    }

    public final class Dispatch {

        private final String consumer;
        private final String message;
        private final Map<String, Handler<?>> handlers = new HashMap<>();

        private Dispatch(String consumer, String message) {
            this.consumer = consumer;
            this.message = message;
        }

        public <T extends EventPayload> Dispatch on(Class<T> type, Consumer<? super T> handler) {
            return onEnvelope(type, (envelope, payload) -> handler.accept(payload));
        }

        /** For handlers that need the envelope too ({@code eventId}, {@code occurredAt}, ...). */
        public <T extends EventPayload> Dispatch onEnvelope(Class<T> type, BiConsumer<EventEnvelope, ? super T> handler) {
            handlers.put(EventCatalog.describe(type).type(), new Handler<>(type, handler));
            return this;
        }

        /**
         * Decodes and handles the message. Returns true when a handler ran, false when the type has no handler
         * here or the event is a duplicate for this consumer. Throws {@link NonRetryableEventException} for a
         * malformed message; exceptions of the handler propagate (and roll the inbox row back) so they are
         * retried.
         */
        public boolean run() {
            EventEnvelope envelope = decode();
            Handler<?> handler = handlers.get(envelope.type());
            if (handler == null) {
                log.debug("{}: no handler for {} {}, skipped", consumer, envelope.type(), envelope.eventId());
                return false;
            }
            return Correlation.call(envelope.correlationId(), () -> handle(envelope, handler));
        }

        private EventEnvelope decode() {
            if (message == null || message.isBlank()) {
                throw new NonRetryableEventException("Empty event message for " + consumer);
            }
            try {
                return EventJson.decode(message);
            } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
                throw new NonRetryableEventException("Malformed event envelope for " + consumer, e);
            }
        }

        private <T extends EventPayload> boolean handle(EventEnvelope envelope, Handler<T> handler) {
            T payload;
            try {
                payload = envelope.payloadAs(handler.type());
            } catch (JacksonException | IllegalArgumentException e) {
                throw new NonRetryableEventException(
                        "Malformed " + envelope.type() + " payload in event " + envelope.eventId(), e);
            }
            Boolean handled = tx.execute(status -> {
                if (!inbox.firstDelivery(consumer, envelope.eventId())) {
                    log.debug("{}: duplicate {} {}, skipped", consumer, envelope.type(), envelope.eventId());
                    return false;
                }
                handler.action().accept(envelope, payload);
                return true;
            });
            return Boolean.TRUE.equals(handled);
        }
    }

    private record Handler<T extends EventPayload>(Class<T> type, BiConsumer<EventEnvelope, ? super T> action) {
    }
}
