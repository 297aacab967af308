package io.opendoms.testkit;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Quiets the in-JVM Kafka broker and clients in tests (their INFO output dwarfs the test's own); lowest
 * precedence, so a test or service can turn them up again.
 */
public class TestLoggingDefaults implements EnvironmentPostProcessor, Ordered {

    private static final String SOURCE = "opendomsTestLoggingDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getPropertySources().contains(SOURCE)) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE, Map.of(
                    "logging.level.kafka", "WARN",
                    "logging.level.org.apache.kafka", "WARN",
                    "logging.level.state.change.logger", "WARN",
                    "logging.level.io.zonky.test.db.postgres", "WARN")));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
