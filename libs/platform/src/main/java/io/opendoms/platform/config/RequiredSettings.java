package io.opendoms.platform.config;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.core.env.PropertyResolver;
import org.springframework.util.StringUtils;

/**
 * Settings a service cannot run without and that have no safe default: credentials, the token issuer.
 * They come from configuration or the environment of each deployment, never from a service's own
 * {@code application.yml}; the local stack and the test kit supply demo values.
 *
 * <p>{@link #require} throws {@link MissingSettingsException}, which {@link MissingSettingsFailureAnalyzer}
 * turns into a start-up failure naming every missing setting and its environment variable. Only names are
 * ever reported, never values.
 */
public final class RequiredSettings {

    /** The service's own database: a data source without them would fall back to guesses. */
    public static final List<Setting> DATABASE = List.of(
            setting("spring.datasource.url", "the service's database"),
            setting("spring.datasource.username", "the service's database"),
            setting("spring.datasource.password", "the service's database"));

    /**
     * The expected {@code iss} of every access token. The keys come from
     * {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri} (or {@code public-key-location}); without
     * either, from the issuer's OpenID discovery document, read at the first token.
     */
    public static final List<Setting> TOKEN_ISSUER = List.of(
            setting("spring.security.oauth2.resourceserver.jwt.issuer-uri", "validating access tokens"));

    /**
     * @param property            the canonical property name
     * @param environmentVariable the environment variable Spring Boot binds to it
     * @param neededFor           what the service uses it for, for the failure message
     */
    public record Setting(String property, String environmentVariable, String neededFor) {

        @Override
        public String toString() {
            return property + " (environment variable " + environmentVariable + ") for " + neededFor;
        }
    }

    /** A setting and its environment variable in Spring Boot's relaxed binding form. */
    public static Setting setting(String property, String neededFor) {
        return new Setting(property, environmentVariable(property), neededFor);
    }

    /** {@code spring.datasource.password} → {@code SPRING_DATASOURCE_PASSWORD}, {@code a.issuer-uri} → {@code A_ISSUERURI}. */
    public static String environmentVariable(String property) {
        return property.replace("-", "").replace('.', '_').replace('[', '_').replace("]", "")
                .toUpperCase(Locale.ROOT);
    }

    /** The settings that are unset or blank. */
    public static List<Setting> missing(PropertyResolver environment, Collection<Setting> settings) {
        return settings.stream().filter(s -> !StringUtils.hasText(environment.getProperty(s.property()))).toList();
    }

    /** Throws {@link MissingSettingsException} naming every one of {@code settings} that is unset or blank. */
    public static void require(PropertyResolver environment, Collection<Setting> settings) {
        List<Setting> missing = missing(environment, settings);
        if (!missing.isEmpty()) {
            throw new MissingSettingsException(missing);
        }
    }

    private RequiredSettings() {
    }
}
