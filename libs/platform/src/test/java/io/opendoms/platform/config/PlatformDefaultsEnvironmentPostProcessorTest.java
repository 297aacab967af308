package io.opendoms.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class PlatformDefaultsEnvironmentPostProcessorTest {

    private final PlatformDefaultsEnvironmentPostProcessor processor = new PlatformDefaultsEnvironmentPostProcessor();

    private StandardEnvironment environment(Map<String, Object> own) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("service", own));
        processor.postProcessEnvironment(env, null);
        return env;
    }

    @Test
    void consumerGroupIsTheApplicationName() {
        StandardEnvironment env = environment(Map.of("spring.application.name", "routing-service"));
        assertThat(env.getProperty("spring.kafka.consumer.group-id")).isEqualTo("routing-service");
        assertThat(env.getProperty("spring.kafka.consumer.auto-offset-reset")).isEqualTo("earliest");
    }

    @Test
    void producersAreDurableAndIdempotent() {
        StandardEnvironment env = environment(Map.of());
        assertThat(env.getProperty("spring.kafka.producer.acks")).isEqualTo("all");
        assertThat(env.getProperty("spring.kafka.producer.properties.enable.idempotence")).isEqualTo("true");
        assertThat(env.getProperty("spring.kafka.producer.properties.max.in.flight.requests.per.connection",
                Integer.class)).isLessThanOrEqualTo(5);
        assertThat(env.getProperty("spring.kafka.producer.value-serializer")).endsWith("StringSerializer");
        assertThat(env.getProperty("logging.pattern.correlation")).contains("%X{correlationId");
    }

    @Test
    void theServicesOwnSettingsWin() {
        StandardEnvironment env = environment(Map.of("spring.kafka.consumer.group-id", "custom",
                "spring.kafka.producer.acks", "1"));
        assertThat(env.getProperty("spring.kafka.consumer.group-id")).isEqualTo("custom");
        assertThat(env.getProperty("spring.kafka.producer.acks")).isEqualTo("1");
    }
}
