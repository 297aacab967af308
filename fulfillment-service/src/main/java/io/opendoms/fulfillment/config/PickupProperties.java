package io.opendoms.fulfillment.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code opendoms.fulfillment.pickup.*}: pickup and curbside orders waiting at a store's counter.
 *
 * @param expiry        how long a ready pickup waits for its customer before it is cancelled and its stock released
 * @param checkInterval how often the expiry looks for pickups past it
 */
@ConfigurationProperties("opendoms.fulfillment.pickup")
public record PickupProperties(
        @DefaultValue("P7D") Duration expiry,
        @DefaultValue("1m") Duration checkInterval) {
}
