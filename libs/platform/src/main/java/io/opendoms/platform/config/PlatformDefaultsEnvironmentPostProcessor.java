package io.opendoms.platform.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The platform's property defaults, at the lowest precedence: any service property, profile, environment
 * variable or test property overrides them. Kafka clients are configured through Boot's own properties so that
 * every template, listener container and admin Boot creates gets them.
 */
public class PlatformDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY_SOURCE = "opendomsPlatformDefaults";

    static final Map<String, Object> DEFAULTS = defaults();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getPropertySources().contains(PROPERTY_SOURCE)) {
            environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, DEFAULTS));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static Map<String, Object> defaults() {
        Map<String, Object> d = new LinkedHashMap<>();
        String stringSerializer = "org.apache.kafka.common.serialization.StringSerializer";
        String stringDeserializer = "org.apache.kafka.common.serialization.StringDeserializer";
        d.put("spring.kafka.producer.key-serializer", stringSerializer);
        d.put("spring.kafka.producer.value-serializer", stringSerializer);
        d.put("spring.kafka.producer.acks", "all");
        d.put("spring.kafka.producer.retries", Integer.MAX_VALUE);
        d.put("spring.kafka.producer.properties.enable.idempotence", "true");
        d.put("spring.kafka.producer.properties.max.in.flight.requests.per.connection", "5");
        // a broker outage fails sends (and the outbox round) within half a minute instead of two
        d.put("spring.kafka.producer.properties.delivery.timeout.ms", "30000");
        d.put("spring.kafka.producer.properties.request.timeout.ms", "10000");
        d.put("spring.kafka.producer.properties.max.block.ms", "10000");
        d.put("spring.kafka.producer.properties.linger.ms", "5");
        d.put("spring.kafka.consumer.key-deserializer", stringDeserializer);
        d.put("spring.kafka.consumer.value-deserializer", stringDeserializer);
        d.put("spring.kafka.consumer.group-id", "${spring.application.name:opendoms}");
        d.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        d.put("spring.kafka.consumer.enable-auto-commit", "false");
        // batch listeners handle one poll in one transaction: this bounds that transaction
        d.put("spring.kafka.consumer.max-poll-records", "200");
        d.put("logging.pattern.correlation", "[%X{correlationId:-}] ");
        d.put("server.error.include-stacktrace", "never");
        d.put("server.error.include-message", "never");
        d.put("spring.jpa.open-in-view", "false");
        // a flush sends its inserts and updates in JDBC batches, grouped by table, instead of one round trip each
        d.put("spring.jpa.properties.hibernate.jdbc.batch_size", "50");
        d.put("spring.jpa.properties.hibernate.order_inserts", "true");
        d.put("spring.jpa.properties.hibernate.order_updates", "true");
        // Spring Security wraps each of its filters, authentications and authorisations in an observation: on
        // every request, for spans nobody reads; request metrics (http.server.requests) stay. This makes them
        // no-ops; the SecurityObservationSettings bean of PlatformSecurityAutoConfiguration removes the wrapping
        d.put("management.observations.enable.spring.security", "false");
        // ops read the outbox (held rows) and metrics through the actuator; the security chain keeps them ops-only
        d.put("management.endpoints.web.exposure.include", "health,info,outbox,metrics");
        // health is public: its status to anyone, its components and details to ops tokens only
        d.put("management.endpoint.health.show-details", "when-authorized");
        d.put("management.endpoint.health.show-components", "when-authorized");
        d.put("management.endpoint.health.roles", "SCOPE_ops");
        return Map.copyOf(d);
    }
}
