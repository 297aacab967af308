package io.opendoms.fulfillment.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code opendoms.fulfillment.exceptions.*}: fulfillment orders in trouble.
 *
 * @param stuckAfter    an open fulfillment order not yet delivered without an update for longer than this is STUCK
 * @param checkInterval how often the job looks for LATE and STUCK ones
 */
@ConfigurationProperties("opendoms.fulfillment.exceptions")
public record FulfillmentExceptionProperties(
        @DefaultValue("PT48H") Duration stuckAfter,
        @DefaultValue("5m") Duration checkInterval) {
}
