package io.opendoms.gateway.config;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Base URLs of the five services behind the gateway ({@code opendoms.services.<name>}). */
@ConfigurationProperties("opendoms.services")
public record ServicesProperties(
        @DefaultValue("http://localhost:8081") URI order,
        @DefaultValue("http://localhost:8082") URI inventory,
        @DefaultValue("http://localhost:8083") URI routing,
        @DefaultValue("http://localhost:8084") URI fulfillment,
        @DefaultValue("http://localhost:8085") URI returns) {

    /** Every service by its short name, in a stable order (health output, Swagger UI list). */
    public Map<String, URI> byName() {
        Map<String, URI> services = new LinkedHashMap<>();
        services.put("order", order);
        services.put("inventory", inventory);
        services.put("routing", routing);
        services.put("fulfillment", fulfillment);
        services.put("returns", returns);
        return services;
    }
}
