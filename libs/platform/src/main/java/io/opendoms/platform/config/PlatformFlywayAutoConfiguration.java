package io.opendoms.platform.config;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Adds the platform's own migrations ({@code classpath:db/platform}, versions below 1) to the service's Flyway,
 * whatever locations the service configures, so its own {@code V1__...} can rely on the platform tables. Platform
 * migrations added later are applied out of order on databases that already have the service's own.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration")
@ConditionalOnClass({Flyway.class, FlywayConfigurationCustomizer.class})
public class PlatformFlywayAutoConfiguration {

    public static final String LOCATION = "classpath:db/platform";

    @Bean
    FlywayConfigurationCustomizer platformFlywayLocation() {
        return configuration -> {
            Set<String> locations = new LinkedHashSet<>();
            Arrays.stream(configuration.getLocations()).map(Location::getDescriptor).forEach(locations::add);
            locations.add(LOCATION);
            configuration.locations(locations.toArray(String[]::new));
            // a platform migration added later (V0_2, ...) sorts before a service's V1 that an existing
            // database has already applied: let Flyway apply it there rather than refuse to start
            configuration.outOfOrder(true);
        };
    }
}
