package io.opendoms.fulfillment;

import static org.awaitility.Awaitility.await;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.EventJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from its beginning with a plain consumer, as any other service would see it. */
final class TopicProbe implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<EventEnvelope> seen = new CopyOnWriteArrayList<>();

    TopicProbe(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Waits until at least {@code count} events of {@code type} with {@code key} were published; returns them all. */
    List<EventEnvelope> awaitEvents(String key, String type, int count) {
        return await().atMost(Duration.ofSeconds(30)).pollInSameThread().pollInterval(Duration.ofMillis(50))
                .until(() -> poll(key, type), events -> events.size() >= count);
    }

    /** Waits until an event of {@code type} with {@code key} matches {@code until}; returns all of that type and key. */
    List<EventEnvelope> awaitEvents(String key, String type, Predicate<EventEnvelope> until) {
        return await().atMost(Duration.ofSeconds(30)).pollInSameThread().pollInterval(Duration.ofMillis(50))
                .until(() -> poll(key, type), events -> events.stream().anyMatch(until));
    }

    /** What was published so far of {@code type} with {@code key}. */
    List<EventEnvelope> poll(String key, String type) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
            seen.add(EventJson.decode(record.value()));
        }
        List<EventEnvelope> matching = new ArrayList<>();
        for (EventEnvelope envelope : seen) {
            if (envelope.key().equals(key) && envelope.type().equals(type)) {
                matching.add(envelope);
            }
        }
        return matching;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
