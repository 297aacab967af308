package io.opendoms.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring test against real infrastructure: the JVM's PostgreSQL (a fresh database per application
 * context), the JVM's Kafka broker (a fresh consumer group per context, starting at the topics' current
 * end) and the test JWT key. Combine with {@code @SpringBootTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(InfrastructureAvailableExtension.class)
@ContextConfiguration(initializers = OpenDomsTestInitializer.class)
public @interface OpenDomsIntegrationTest {
}
