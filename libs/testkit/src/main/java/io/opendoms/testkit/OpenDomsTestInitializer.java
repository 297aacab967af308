package io.opendoms.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

/** Points one application context at a fresh database, the shared broker and the test JWT key. */
public final class OpenDomsTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String PROPERTY_SOURCE = "opendomsTestInfrastructure";
    private static final String INLINED_TEST_PROPERTIES = "Inlined Test Properties";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        TestDatabase db = TestInfrastructure.newDatabase();
        String kafka = TestInfrastructure.kafkaBootstrapServers();
        String group = env.getProperty("spring.application.name", "test") + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        TestInfrastructure.startGroupAtEnd(group, TestInfrastructure.contractTopics());

        Map<String, Object> props = new LinkedHashMap<>();
        props.put("spring.datasource.url", db.jdbcUrl());
        props.put("spring.datasource.username", db.username());
        props.put("spring.datasource.password", db.password());
        props.put("spring.kafka.bootstrap-servers", kafka);
        props.put("spring.kafka.consumer.group-id", group);
        props.put("spring.security.oauth2.resourceserver.jwt.public-key-location", TestJwt.publicKeyLocation());
        // a service's own configuration may name the gateway's JWKS; tests trust the test key only
        props.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", "");
        props.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", "");

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
