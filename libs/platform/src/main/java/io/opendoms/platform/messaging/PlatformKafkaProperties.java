package io.opendoms.platform.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code opendoms.kafka.*}: the contract topics the platform creates.
 *
 * @param createTopics whether to declare {@code Topics.all()} and their dead-letter twins
 * @param partitions   partitions per topic
 * @param replication  replication factor (1 on a single local broker)
 * @param retention    how long the topics keep events ({@code retention.ms} of the topics the platform creates);
 *                     the inbox remembers processed events longer ({@code opendoms.inbox.retention})
 * @param transientBackOffInitial first wait after a transient failure (a dependency down): the consumer pauses
 * @param transientBackOffMax     longest wait between retries of a transient failure (retried without end)
 * @param failureRetries          retries of any other failure before the dead-letter topic
 */
@ConfigurationProperties("opendoms.kafka")
public record PlatformKafkaProperties(
        @DefaultValue("true") boolean createTopics,
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replication,
        @DefaultValue("7d") Duration retention,
        @DefaultValue("500ms") Duration transientBackOffInitial,
        @DefaultValue("10s") Duration transientBackOffMax,
        @DefaultValue("5") int failureRetries) {
}
