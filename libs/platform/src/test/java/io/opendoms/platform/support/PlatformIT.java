package io.opendoms.platform.support;

import io.opendoms.platform.testapp.PlatformTestApplication;
import io.opendoms.testkit.OpenDomsIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** The shared application context of the platform's integration tests (one per JVM, cached). */
@OpenDomsIntegrationTest
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class PlatformIT {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected Environment environment;

    protected Http http() {
        return new Http("http://localhost:" + port);
    }

    protected String kafkaBootstrapServers() {
        return environment.getRequiredProperty("spring.kafka.bootstrap-servers");
    }
}
