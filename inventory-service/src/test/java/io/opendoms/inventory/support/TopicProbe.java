package io.opendoms.inventory.support;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.EventJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/** Reads a topic from the moment it is opened, with a plain Kafka consumer, as another service would. */
public final class TopicProbe implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public TopicProbe(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "inventory-probe-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);  // resolves the end now, not at the first poll
    }

    /** Waits for a record whose envelope matches, and returns it. */
    public ConsumerRecord<String, String> await(Predicate<EventEnvelope> matches) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            seen.stream().filter(r -> matches.test(EventJson.decode(r.value()))).findFirst().ifPresent(found::add);
            return !found.isEmpty();
        });
        return found.getFirst();
    }

    /** Every record read so far whose envelope matches (read more first with {@link #await}). */
    public List<EventEnvelope> seen(Predicate<EventEnvelope> matches) {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        return seen.stream().map(r -> EventJson.decode(r.value())).filter(matches).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
