package io.opendoms.testkit;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.EventJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/**
 * Reads a topic from its end at creation time on, with a plain consumer as another service would:
 * what tests produce afterwards. Records are decoded as envelopes only when asked for envelopes, so
 * a tail of a dead-letter topic also sees malformed messages.
 */
public final class TopicTail implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> records = new ArrayList<>();

    public TopicTail(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "tail-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);  // resolve the end offsets now, not at the first poll
    }

    /** Polls until {@code done} holds for what has arrived; returns every record that arrived. */
    public List<ConsumerRecord<String, String>> awaitRecords(Predicate<List<ConsumerRecord<String, String>>> done) {
        Awaitility.await().atMost(TIMEOUT).until(() -> {
            poll();
            return done.test(records);
        });
        return List.copyOf(records);
    }

    /** Polls until a record's envelope matches; returns the first such record. */
    public ConsumerRecord<String, String> awaitRecord(Predicate<EventEnvelope> matches) {
        return Awaitility.await().atMost(TIMEOUT).until(() -> {
            poll();
            return records.stream().filter(r -> matches.test(EventJson.decode(r.value()))).findFirst();
        }, Optional::isPresent).orElseThrow();
    }

    /** Polls until {@code done} holds for the envelopes with this key; returns them in arrival order. */
    public List<EventEnvelope> awaitEnvelopes(String key, Predicate<List<EventEnvelope>> done) {
        return Awaitility.await().atMost(TIMEOUT).until(() -> {
            poll();
            return envelopes(e -> e.key().equals(key));
        }, done);
    }

    /** The envelopes read so far that match, after one more poll (wait for the expected ones first). */
    public List<EventEnvelope> seen(Predicate<EventEnvelope> matches) {
        poll();
        return envelopes(matches);
    }

    private void poll() {
        consumer.poll(Duration.ofMillis(100)).forEach(records::add);
    }

    private List<EventEnvelope> envelopes(Predicate<EventEnvelope> matches) {
        return records.stream().map(r -> EventJson.decode(r.value())).filter(matches).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
