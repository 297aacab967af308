package io.opendoms.platform.messaging;

import io.opendoms.events.Topics;
import io.opendoms.events.UnknownEventTypeException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import tools.jackson.core.JacksonException;

/**
 * Listener error handling (retry with back-off, then the {@code .DLT} twin; malformed messages at once) and the
 * contract topics. Client settings (serializers, acks, idempotence, group id) are property defaults set by
 * {@link io.opendoms.platform.config.PlatformDefaultsEnvironmentPostProcessor}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnClass(KafkaTemplate.class)
@EnableConfigurationProperties(PlatformKafkaProperties.class)
public class PlatformKafkaAutoConfiguration {

    /** Retries after the first failure: 200 ms, 400 ms, 800 ms, 1.6 s, 3.2 s. */
    static final int RETRIES = 5;

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    @ConditionalOnBean(KafkaTemplate.class)
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> template) {
        // partition -1: the producer partitions by key, so the dead-letter topic may have any partition count
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, ex) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(RETRIES);
        backOff.setInitialInterval(200);
        backOff.setMultiplier(2);
        backOff.setMaxInterval(5_000);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(NonRetryableEventException.class, JacksonException.class,
                UnknownEventTypeException.class);
        return handler;
    }

    @Bean
    @ConditionalOnProperty(prefix = "opendoms.kafka", name = "create-topics", havingValue = "true",
            matchIfMissing = true)
    KafkaAdmin.NewTopics opendomsTopics(PlatformKafkaProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.all()) {
            for (String name : List.of(topic, Topics.deadLetterOf(topic))) {
                topics.add(TopicBuilder.name(name).partitions(properties.partitions())
                        .replicas(properties.replication()).build());
            }
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }
}
