package io.opendoms.platform.security;

import jakarta.servlet.DispatcherType;
import io.opendoms.platform.webhook.WebhookPartner;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every service is a stateless OAuth2 resource server: public health, info, API docs and verified webhooks
 * (which carry a signature instead); a valid JWT for everything else; scopes become {@code SCOPE_x} authorities; 401 and 403
 * are problem+json.
 *
 * <p>Tokens are decoded and validated by {@link AccessTokenDecoders} (issuer, audience, expiry, allowed
 * algorithms). Without {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} the service refuses to
 * start ({@link io.opendoms.platform.config.RequiredSettingsCheck}).
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
        beforeName = {
                "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
                "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
                "org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({SecurityFilterChain.class, JwtDecoder.class})
public class PlatformSecurityAutoConfiguration {

    /** Paths anyone may call. */
    public static final String[] PUBLIC_PATHS = {
            "/actuator/health", "/actuator/health/**",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error"};

    /**
     * Webhooks carry a signature instead of a token: a request is let through without one only when the
     * webhook filter has verified its partner's signature (never by path: an unsigned request to a webhook path
     * is refused there, and anything else under {@code /api/v1/webhooks} needs a token like any API call).
     */
    public static final RequestMatcher VERIFIED_WEBHOOK =
            request -> request.getAttribute(WebhookPartner.ATTRIBUTE) instanceof WebhookPartner;

    /** The name of the platform's filter chain bean: present when the service is the platform's resource server. */
    public static final String FILTER_CHAIN_BEAN = "platformSecurityFilterChain";

    @Bean
    @ConditionalOnMissingBean
    SecurityProblemAdvice securityProblemAdvice() {
        return new SecurityProblemAdvice();
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain platformSecurityFilterChain(HttpSecurity http, ObjectProvider<JwtDecoder> decoders,
            ObjectProvider<JwtAuthenticationConverter> converters) throws Exception {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint();
        ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler();
        // fail closed: no decoder, no token accepted (the required-settings check stops a service before this)
        JwtDecoder decoder = decoders.getIfAvailable(() -> token -> {
            throw new BadJwtException("No token issuer configured");
        });
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(authorize -> authorize
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .requestMatchers(VERIFIED_WEBHOOK).permitAll()
                        // health is public (above, status only); the rest of the actuator is for ops only
                        .requestMatchers("/actuator/**").hasAuthority("SCOPE_" + ClientIdentity.OPS_SCOPE)
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(new HeaderBearerTokenResolver())
                        .jwt(jwt -> {
                            jwt.decoder(decoder);
                            converters.ifAvailable(jwt::jwtAuthenticationConverter);
                        })
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied));
        return http.build();
    }

    /**
     * No observations of the security filter chain, authentication and authorization: they wrapped each of the
     * chain's filters in an observation of its own (and each authentication and authorization check), about a tenth
     * of a request thread's time on the hot hold path, for spans nobody collects. The HTTP server's own observation
     * ({@code http.server.requests}) stays: it carries the request metrics.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableMethodSecurity
    static class MethodSecurity {
    }
}
