package io.opendoms.platform.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code opendoms.kafka.*}: the contract topics the platform creates.
 *
 * @param createTopics whether to declare {@code Topics.all()} and their dead-letter twins
 * @param partitions   partitions per topic
 * @param replication  replication factor (1 on a single local broker)
 */
@ConfigurationProperties("opendoms.kafka")
public record PlatformKafkaProperties(
        @DefaultValue("true") boolean createTopics,
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replication) {
}
