package io.opendoms.fulfillment.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code opendoms.pending-shortages.*}: shortage releases waiting for their fulfillment order. An allocation comes
 * seconds after its release, or never (the decision was replaced): after {@code retention} nothing will claim them.
 *
 * @param retention     how long a pending release waits for its fulfillment order before it is deleted
 * @param purgeInterval how often the purge runs
 */
@ConfigurationProperties("opendoms.pending-shortages")
public record PendingShortageProperties(
        @DefaultValue("14d") Duration retention,
        @DefaultValue("10m") Duration purgeInterval) {
}
