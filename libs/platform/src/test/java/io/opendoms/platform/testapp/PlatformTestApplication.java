package io.opendoms.platform.testapp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service on the platform starter, for the platform's own integration tests. */
@SpringBootApplication
public class PlatformTestApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlatformTestApplication.class, args);
    }
}
