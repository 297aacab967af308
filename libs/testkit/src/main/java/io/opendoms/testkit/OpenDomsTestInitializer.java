package io.opendoms.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.util.ClassUtils;

/**
 * Points one application context at a fresh database, the shared broker and the test JWT key, issuer and
 * audience: the demo values of the settings a service requires.
 */
public final class OpenDomsTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String PROPERTY_SOURCE = "opendomsTestInfrastructure";
    private static final String INLINED_TEST_PROPERTIES = "Inlined Test Properties";

    // modules without JDBC or Kafka (the gateway) get neither server started for them
    private static final String JDBC_AUTOCONFIGURATION =
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration";
    private static final String KAFKA_AUTOCONFIGURATION = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        ClassLoader classLoader = context.getClassLoader();
        Map<String, Object> props = new LinkedHashMap<>();
        if (ClassUtils.isPresent(JDBC_AUTOCONFIGURATION, classLoader)) {
            TestDatabase db = TestInfrastructure.newDatabase();
            props.put("spring.datasource.url", db.jdbcUrl());
            props.put("spring.datasource.username", db.username());
            props.put("spring.datasource.password", db.password());
        }
        if (ClassUtils.isPresent(KAFKA_AUTOCONFIGURATION, classLoader)) {
            String group = env.getProperty("spring.application.name", "test") + "-"
                    + UUID.randomUUID().toString().substring(0, 8);
            props.put("spring.kafka.bootstrap-servers", TestInfrastructure.kafkaBootstrapServers());
            props.put("spring.kafka.consumer.group-id", group);
            TestInfrastructure.startGroupAtEnd(group, TestInfrastructure.contractTopics());
        }
        // the test key, issuer and audience of TestJwt's tokens
        props.putAll(TestJwt.resourceServerProperties());

        // above the application's own configuration, below properties the test itself declares
        MutablePropertySources sources = env.getPropertySources();
        MapPropertySource source = new MapPropertySource(PROPERTY_SOURCE, props);
        if (sources.contains(INLINED_TEST_PROPERTIES)) {
            sources.addAfter(INLINED_TEST_PROPERTIES, source);
        } else {
            sources.addFirst(source);
        }
    }
}
