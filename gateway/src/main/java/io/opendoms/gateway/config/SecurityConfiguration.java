package io.opendoms.gateway.config;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.opendoms.gateway.auth.ConfiguredClientRepository;
import io.opendoms.gateway.auth.DefaultScopes;
import io.opendoms.gateway.auth.RegisteredClients;
import io.opendoms.gateway.auth.SigningKey;
import io.opendoms.gateway.auth.UnrecordedAuthorizations;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two filter chains: the authorization server's endpoints ({@code /oauth2/token}, {@code /oauth2/jwks},
 * metadata), then everything else, which the gateway lets through because every service is its own
 * resource server and checks the token itself (no trust in the network).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerFilterChain(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> server
                .tokenEndpoint(token -> token.accessTokenRequestConverter(new DefaultScopes())));
        return http
                .securityMatcher(http.getConfigurer(OAuth2AuthorizationServerConfigurer.class).getEndpointsMatcher())
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain gatewayFilterChain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(AuthProperties properties) {
        return new ConfiguredClientRepository(RegisteredClients.from(properties));
    }

    @Bean
    OAuth2AuthorizationService authorizationService() {
        return new UnrecordedAuthorizations();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(AuthProperties properties) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKey.loadOrCreate(properties.keyFile())));
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(AuthProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    /**
     * {@code aud} the OpenDOMS API (instead of the client id: the services check it), {@code client_id} always,
     * {@code channel} for a sales channel's client (the services filter by it).
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> accessTokenClaims(AuthProperties properties) {
        return context -> {
            if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                return;
            }
            context.getClaims().audience(List.of(properties.audience()));
            context.getClaims().claim("client_id", context.getRegisteredClient().getClientId());
            String channel = context.getRegisteredClient().getClientSettings()
                    .getSetting(RegisteredClients.CHANNEL_SETTING);
            if (channel != null) {
                context.getClaims().claim("channel", channel);
            }
        };
    }
}
