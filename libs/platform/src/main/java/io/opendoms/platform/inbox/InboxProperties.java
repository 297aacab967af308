package io.opendoms.platform.inbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code opendoms.inbox.*}.
 *
 * @param retention      how long a processed event id is remembered; must outlast the topics' retention
 *                       ({@code opendoms.kafka.retention}), or a redelivery of an old event would pass as new
 * @param purgeInterval  how often rows older than the retention are deleted
 * @param purgeBatchSize rows deleted per purge statement
 * @param purgePause     pause between two purge statements
 */
@ConfigurationProperties("opendoms.inbox")
public record InboxProperties(
        @DefaultValue("8d") Duration retention,
        @DefaultValue("1m") Duration purgeInterval,
        @DefaultValue("1000") int purgeBatchSize,
        @DefaultValue("20ms") Duration purgePause) {
}
