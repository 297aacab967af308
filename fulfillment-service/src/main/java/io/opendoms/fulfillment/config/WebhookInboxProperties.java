package io.opendoms.fulfillment.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code opendoms.webhook-inbox.*}.
 *
 * @param retention      how long entries nobody needs any more are kept (and handled event ids remembered)
 * @param purgeInterval  how often the purge runs
 * @param purgeBatchSize entries deleted per purge statement
 * @param purgePause     pause between two purge statements
 */
@ConfigurationProperties("opendoms.webhook-inbox")
public record WebhookInboxProperties(
        @DefaultValue("14d") Duration retention,
        @DefaultValue("1m") Duration purgeInterval,
        @DefaultValue("1000") int purgeBatchSize,
        @DefaultValue("20ms") Duration purgePause) {
}
