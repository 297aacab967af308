package io.opendoms.platform.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Registers the {@link RequiredSettingsCheck}. */
@AutoConfiguration
public class RequiredSettingsAutoConfiguration {

    @Bean
    static RequiredSettingsCheck opendomsRequiredSettingsCheck() {
        return new RequiredSettingsCheck();
    }
}
