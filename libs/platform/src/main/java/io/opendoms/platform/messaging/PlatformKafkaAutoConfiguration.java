package io.opendoms.platform.messaging;

import io.opendoms.events.Topics;
import io.opendoms.events.UnknownEventTypeException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
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
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ContainerPausingBackOffHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerContainerPauseService;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.util.backoff.ExponentialBackOff;
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

    /**
     * What a failed event becomes depends on why it failed ({@link FailureKind}): poison goes to the dead-letter
     * twin at once (the exception in its {@code kafka_dlt-exception-*} headers); a transient failure (a
     * dependency down) is retried without end, the listener container paused between attempts (no spinning, no
     * rebalance), with exponential back-off up to {@code transient-back-off-max}; any other failure is retried
     * {@code failure-retries} times (200 ms doubling, at most 5 s), then dead-lettered for ops.
     */
    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    @ConditionalOnBean(KafkaTemplate.class)
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> template, PlatformKafkaProperties properties) {
        // partition -1: the producer partitions by key, so the dead-letter topic may have any partition count
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, ex) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1)) {
            @Override
            public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
                super.accept(record, consumer, withoutBatchWrapper(exception));
            }
        };
        ExponentialBackOffWithMaxRetries failureBackOff = new ExponentialBackOffWithMaxRetries(
                properties.failureRetries());
        failureBackOff.setInitialInterval(200);
        failureBackOff.setMultiplier(2);
        failureBackOff.setMaxInterval(5_000);
        ExponentialBackOff transientBackOff = new ExponentialBackOff(properties.transientBackOffInitial().toMillis(), 2);
        transientBackOff.setMaxInterval(properties.transientBackOffMax().toMillis());
        transientBackOff.setMaxElapsedTime(Long.MAX_VALUE);
        // the pause service pauses the failing container itself (no registry needed) and resumes it on schedule
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, failureBackOff,
                new ContainerPausingBackOffHandler(new ListenerContainerPauseService(null, scheduler())));
        handler.setBackOffFunction((record, ex) ->
                FailureKind.of(ex) == FailureKind.TRANSIENT ? transientBackOff : failureBackOff);
        handler.setResetStateOnExceptionChange(true);
        handler.addNotRetryableExceptions(NonRetryableEventException.class, JacksonException.class,
                UnknownEventTypeException.class);
        return handler;
    }

    /**
     * A batch listener reports the failed record inside a {@link BatchListenerFailedException}; the dead-letter
     * headers name what the handler threw, as for a record listener ({@code kafka_dlt-exception-cause-fqcn}).
     */
    static Exception withoutBatchWrapper(Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BatchListenerFailedException batch && batch.getCause() != null) {
                String groupId = exception instanceof ListenerExecutionFailedException listener
                        ? listener.getGroupId() : null;
                return new ListenerExecutionFailedException(batch.getMessage(), groupId, batch.getCause());
            }
        }
        return exception;
    }

    private static ThreadPoolTaskScheduler scheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("kafka-backoff-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        return scheduler;
    }

    @Bean
    @ConditionalOnProperty(prefix = "opendoms.kafka", name = "create-topics", havingValue = "true",
            matchIfMissing = true)
    KafkaAdmin.NewTopics opendomsTopics(PlatformKafkaProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.all()) {
            for (String name : List.of(topic, Topics.deadLetterOf(topic))) {
                topics.add(TopicBuilder.name(name).partitions(properties.partitions())
                        .replicas(properties.replication())
                        .config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(properties.retention().toMillis()))
                        .build());
            }
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }
}
