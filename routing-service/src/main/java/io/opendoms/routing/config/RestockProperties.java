package io.opendoms.routing.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often routing looks for backordered lines that stock arrived for ({@code opendoms.routing.restock.*}), and
 * how many orders it re-sources per look.
 */
@ConfigurationProperties("opendoms.routing.restock")
public record RestockProperties(@DefaultValue("2s") Duration interval, @DefaultValue("50") int batch) {
}
