package io.opendoms.platform.security;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The services' {@link JwtDecoder} (see {@link AccessTokenDecoders}), in place of Spring Boot's, once the
 * issuer is configured. Any {@code OAuth2TokenValidator<Jwt>} bean adds to the checks, as with Boot. Tokens it
 * accepted are kept until their expiry ({@link CachingJwtDecoder}, {@code opendoms.security.token-cache.*}).
 */
@AutoConfiguration(beforeName =
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration")
@ConditionalOnClass({JwtDecoder.class, NimbusJwtDecoder.class, OAuth2ResourceServerProperties.class})
@ConditionalOnProperty(AccessTokenDecoders.PREFIX + "issuer-uri")
@EnableConfigurationProperties({OAuth2ResourceServerProperties.class, TokenCacheProperties.class})
public class PlatformJwtDecoderAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(OAuth2ResourceServerProperties properties, TokenCacheProperties cache,
                          ObjectProvider<OAuth2TokenValidator<Jwt>> additionalValidators) {
        JwtDecoder decoder = AccessTokenDecoders.decoder(properties.getJwt(),
                additionalValidators.orderedStream().toList());
        return cache.maxEntries() == 0 ? decoder
                : new CachingJwtDecoder(decoder, Clock.systemUTC(), cache.maxAge(), cache.maxEntries());
    }
}
