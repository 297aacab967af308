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
import io.opendoms.gateway.edge.EdgeConfiguration;
import io.opendoms.platform.security.ProblemAccessDeniedHandler;
import io.opendoms.platform.security.ProblemAuthenticationEntryPoint;
import jakarta.servlet.DispatcherType;
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
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains: the authorization server's endpoints ({@code /oauth2/token}, {@code /oauth2/jwks},
 * metadata), then everything else: the gateway's own actuator needs an ops token, the rest passes because
 * every service is its own resource server and checks the token itself (no trust in the network).
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

    /**
     * The gateway's own actuator endpoints but health need an {@code ops} token of this gateway's authorization
     * server; health answers anyone, with details for ops only. Every other path passes: the services check tokens
     * themselves, so a bearer token is read here only on {@code /actuator/**}. Security headers come from the
     * gateway's edge filter (ADR 0006).
     */
    @Bean
    @Order(2)
    SecurityFilterChain gatewayFilterChain(HttpSecurity http, JWKSource<SecurityContext> jwkSource,
            AuthorizationServerSettings server) throws Exception {
        RequestMatcher actuator = PathPatternRequestMatcher.pathPattern("/actuator/**");
        DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint();
        ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler();
        return http
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(actuator).hasAuthority("SCOPE_ops")
                        .anyRequest().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(request -> actuator.matches(request) ? bearer.resolve(request) : null)
                        .jwt(jwt -> jwt.decoder(EdgeConfiguration.localTokenDecoder(jwkSource, server)))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .headers(AbstractHttpConfigurer::disable)
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
