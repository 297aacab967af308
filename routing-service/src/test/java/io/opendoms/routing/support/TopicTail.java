package io.opendoms.routing.support;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.EventJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/** Reads a topic from its end at creation time on: the envelopes published afterwards. */
public final class TopicTail implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<EventEnvelope> envelopes = new ArrayList<>();

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

    /** Polls until {@code done} holds for the envelopes with this key; returns them in arrival order. */
    public List<EventEnvelope> await(String key, Predicate<List<EventEnvelope>> done) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            consumer.poll(Duration.ofMillis(100)).forEach(r -> envelopes.add(EventJson.decode(r.value())));
            return done.test(withKey(key));
        });
        return withKey(key);
    }

    private List<EventEnvelope> withKey(String key) {
        return envelopes.stream().filter(e -> e.key().equals(key)).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
