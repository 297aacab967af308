package io.opendoms.platform.messaging;

import io.opendoms.events.EventCatalog;
import io.opendoms.events.EventEnvelope;
import io.opendoms.events.EventJson;
import io.opendoms.events.EventPayload;
import io.opendoms.platform.correlation.Correlation;
import io.opendoms.platform.inbox.InboxGuard;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;

/**
 * Idempotent consumption of contract events: decodes the envelope and runs the handler registered for its type
 * together with the inbox row in one transaction, with the envelope's correlation id in the MDC.
 *
 * <p>One message ({@link #dispatch}), or the records of one poll ({@link #batch}, for batch listeners), handled in
 * the order of the records, so per-key order holds; records of types without a handler are skipped without being
 * decoded. A batch runs each event in its own transaction, or — {@link Batch#inOneTransaction()}, for handlers that
 * lock nothing another writer locks — all of them in one (one commit, one inbox statement); if that transaction
 * fails, the events run again one per transaction. The first event that fails on its own is reported to the
 * container's error handler by its index ({@link BatchListenerFailedException}): the events before it stay
 * committed, it is retried, dead-lettered or waited on by its {@link FailureKind} like a single record, and the
 * rest are delivered again.
 *
 * <pre>{@code
 * @KafkaListener(topics = Topics.ORDERS, batch = "true")
 * void on(List<ConsumerRecord<String, String>> records) {
 *     inbound.batch("routing.orders", records)
 *         .on(OrderReceived.class, routeOrder::route)
 *         .inOneTransaction()
 *         .run();
 * }
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

    /** The handlers of a dispatch, by event type, and the consumer they de-duplicate for. */
    public abstract class Handlers<S extends Handlers<S>> {

        final String consumer;
        final Map<String, Handler<?>> handlers = new HashMap<>();

        Handlers(String consumer) {
            this.consumer = consumer;
        }

        abstract S self();

        public <T extends EventPayload> S on(Class<T> type, Consumer<? super T> handler) {
            return onEnvelope(type, (envelope, payload) -> handler.accept(payload));
        }

        /** For handlers that need the envelope too ({@code eventId}, {@code occurredAt}, ...). */
        public <T extends EventPayload> S onEnvelope(Class<T> type, BiConsumer<EventEnvelope, ? super T> handler) {
            handlers.put(EventCatalog.describe(type).type(), new Handler<>(type, handler));
            return self();
        }

        /** Runs one event with its inbox row in a transaction of its own; false for a duplicate. */
        boolean handleAlone(Event<?> event) {
            Boolean handled = tx.execute(status -> {
                if (!inbox.firstDelivery(consumer, event.envelope().eventId())) {
                    log.debug("{}: duplicate {} {}, skipped", consumer, event.envelope().type(),
                            event.envelope().eventId());
                    return false;
                }
                event.handle();
                return true;
            });
            return Boolean.TRUE.equals(handled);
        }
    }

    public final class Dispatch extends Handlers<Dispatch> {

        private final String message;

        private Dispatch(String consumer, String message) {
            super(consumer);
            this.message = message;
        }

        @Override
        Dispatch self() {
            return this;
        }

        /**
         * Decodes and handles the message. Returns true when a handler ran, false when the type has no handler
         * here or the event is a duplicate for this consumer. Throws {@link NonRetryableEventException} for a
         * malformed message; exceptions of the handler propagate (and roll the inbox row back) so they are
         * retried.
         */
        public boolean run() {
            EventEnvelope envelope = decodeEnvelope(consumer, message);
            Handler<?> handler = handlers.get(envelope.type());
            if (handler == null) {
                log.debug("{}: no handler for {} {}, skipped", consumer, envelope.type(), envelope.eventId());
                return false;
            }
            return handleAlone(Event.of(0, envelope, handler));
        }
    }

    /**
     * Starts a dispatch of the records of one poll for {@code consumer}; register handlers, then
     * {@link Batch#run()}.
     */
    public Batch batch(String consumer, List<ConsumerRecord<String, String>> records) {
        return new Batch(consumer, records);
    }

    public final class Batch extends Handlers<Batch> {

        private final List<ConsumerRecord<String, String>> records;
        private boolean oneTransaction;
        /** Types whose events, where they follow one another in the poll, share a transaction. */
        private final Set<String> sharedTypes = new HashSet<>();

        private Batch(String consumer, List<ConsumerRecord<String, String>> records) {
            super(consumer);
            this.records = records;
        }

        @Override
        Batch self() {
            return this;
        }

        /**
         * Runs the whole batch in one transaction (one commit, one inbox statement) instead of one per event. Only
         * for handlers that do not lock rows another consumer or request also locks — inserts of their own rows,
         * upserts of a view only this consumer writes: a batch holds its locks until it commits, and two
         * transactions locking the same rows in different orders deadlock (PostgreSQL then aborts one after its
         * {@code deadlock_timeout}, and that batch runs again one event per transaction).
         */
        public Batch inOneTransaction() {
            this.oneTransaction = true;
            return this;
        }

        /**
         * Runs the events of these types that follow one another in the poll in one transaction (one commit, one
         * inbox statement), and every other event in a transaction of its own, in the records' order: for a
         * listener whose topic mixes events that only write rows of their own consumer (see
         * {@link #inOneTransaction()}) with events that lock rows other writers lock too. If a shared transaction
         * fails, its events run again one per transaction.
         */
        @SafeVarargs
        public final Batch inOneTransaction(Class<? extends EventPayload>... types) {
            for (Class<? extends EventPayload> type : types) {
                sharedTypes.add(EventCatalog.describe(type).type());
            }
            return this;
        }

        /**
         * Handles the records in their order, each event in a transaction of its own unless
         * {@link #inOneTransaction()} (or its types, {@link #inOneTransaction(Class[])}); returns how many events a handler ran for (duplicates and types without a
         * handler here are skipped, the latter without decoding them when the record's {@code type} header names
         * the type). Throws {@link BatchListenerFailedException} naming the first record that failed: a malformed
         * one (after the events before it committed), or one whose handler failed on its own.
         */
        public int run() {
            List<Event<?>> events = new ArrayList<>(records.size());
            BatchListenerFailedException poison = null;
            for (int index = 0; index < records.size() && poison == null; index++) {
                ConsumerRecord<String, String> record = records.get(index);
                String type = header(record, "type");
                if (type != null && !handlers.containsKey(type)) {
                    continue;
                }
                try {
                    EventEnvelope envelope = decodeEnvelope(consumer, record.value());
                    Handler<?> handler = handlers.get(envelope.type());
                    if (handler == null) {
                        log.debug("{}: no handler for {} {}, skipped", consumer, envelope.type(), envelope.eventId());
                        continue;
                    }
                    events.add(Event.of(index, envelope, handler));
                } catch (NonRetryableEventException e) {
                    poison = new BatchListenerFailedException(e.getMessage(), e, index);
                }
            }
            int handled = events.isEmpty() ? 0 : oneTransaction ? handleAll(events)
                    : sharedTypes.isEmpty() ? handleOneByOne(events) : handleRuns(events);
            if (poison != null) {
                throw poison;
            }
            return handled;
        }

        private int handleAll(List<Event<?>> events) {
            try {
                Integer handled = tx.execute(status -> {
                    Set<UUID> fresh = inbox.firstDeliveries(consumer,
                            new LinkedHashSet<>(events.stream().map(e -> e.envelope().eventId()).toList()));
                    Set<UUID> seen = new HashSet<>();
                    int count = 0;
                    for (Event<?> event : events) {
                        UUID id = event.envelope().eventId();
                        if (fresh.contains(id) && seen.add(id)) {
                            event.handle();
                            count++;
                        } else {
                            log.debug("{}: duplicate {} {}, skipped", consumer, event.envelope().type(), id);
                        }
                    }
                    return count;
                });
                return handled == null ? 0 : handled;
            } catch (RuntimeException batchFailure) {
                if (events.size() == 1) {
                    throw new BatchListenerFailedException(describe(events.getFirst(), batchFailure), batchFailure,
                            events.getFirst().index());
                }
                log.debug("{}: a batch of {} events failed together ({}); handling them one by one", consumer,
                        events.size(), batchFailure.toString());
                return handleOneByOne(events);
            }
        }

        /** Runs of consecutive events of the shared types together, every other event alone, in order. */
        private int handleRuns(List<Event<?>> events) {
            int count = 0;
            int from = 0;
            while (from < events.size()) {
                int to = from;
                while (to < events.size() && sharedTypes.contains(events.get(to).envelope().type())) {
                    to++;
                }
                if (to > from) {
                    count += handleAll(events.subList(from, to));
                    from = to;
                } else {
                    count += handleOneByOne(events.subList(from, from + 1));
                    from++;
                }
            }
            return count;
        }

        private int handleOneByOne(List<Event<?>> events) {
            int count = 0;
            for (Event<?> event : events) {
                try {
                    count += handleAlone(event) ? 1 : 0;
                } catch (RuntimeException failure) {
                    throw new BatchListenerFailedException(describe(event, failure), failure, event.index());
                }
            }
            return count;
        }

        private String describe(Event<?> event, RuntimeException failure) {
            return consumer + ": " + event.envelope().type() + " " + event.envelope().eventId() + " failed: "
                    + failure;
        }
    }

    private static EventEnvelope decodeEnvelope(String consumer, String message) {
        if (message == null || message.isBlank()) {
            throw new NonRetryableEventException("Empty event message for " + consumer);
        }
        try {
            return EventJson.decode(message);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new NonRetryableEventException("Malformed event envelope for " + consumer, e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A decoded event of a batch, at its index in the poll. */
    private record Event<T extends EventPayload>(int index, EventEnvelope envelope, Handler<T> handler, T payload) {

        static <T extends EventPayload> Event<T> of(int index, EventEnvelope envelope, Handler<T> handler) {
            T payload;
            try {
                payload = envelope.payloadAs(handler.type());
            } catch (JacksonException | IllegalArgumentException e) {
                throw new NonRetryableEventException(
                        "Malformed " + envelope.type() + " payload in event " + envelope.eventId(), e);
            }
            return new Event<>(index, envelope, handler, payload);
        }

        void handle() {
            Correlation.with(envelope.correlationId(), () -> handler.action().accept(envelope, payload));
        }
    }

    private record Handler<T extends EventPayload>(Class<T> type, BiConsumer<EventEnvelope, ? super T> action) {
    }
}
