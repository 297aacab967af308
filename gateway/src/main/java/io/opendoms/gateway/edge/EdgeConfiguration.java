package io.opendoms.gateway.edge;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.opendoms.gateway.config.GatewayProperties;
import io.opendoms.platform.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.ResponseHttpHeadersFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * The filters in front of everything, the security filter chains included, in this order: security headers, CORS,
 * rate limits, body size. Each decides on the parsed request path, as the router does (ADR 0006).
 */
@Configuration(proxyBeanMethods = false)
public class EdgeConfiguration {

    private static final int BEFORE_SECURITY = SecurityFilterProperties.DEFAULT_FILTER_ORDER;

    /** Tokens of this gateway's own authorization server: its keys and its issuer, checked as a service would. */
    public static JwtDecoder localTokenDecoder(JWKSource<SecurityContext> keys, AuthorizationServerSettings server) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(server.getIssuer()));
        return decoder;
    }

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeadersFilter() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        // after the correlation id (the highest precedence), before all else
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** The services' copies of the gateway's own headers are dropped, so each is sent once. */
    @Bean
    ResponseHttpHeadersFilter securityHeadersOfServices() {
        return (headers, response) -> {
            HttpHeaders updated = HttpHeaders.copyOf(headers);
            SecurityHeaders.NAMES.forEach(updated::remove);
            return updated;
        };
    }

    /** Browsers of the configured storefront origins only; none configured: no CORS answer at all. */
    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter(GatewayProperties properties) {
        List<String> origins = properties.cors().allowedOrigins();
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!origins.isEmpty()) {
            CorsConfiguration cors = new CorsConfiguration();
            cors.setAllowedOrigins(origins);
            cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "DELETE"));
            cors.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, "Idempotency-Key",
                    "X-Correlation-Id"));
            cors.setExposedHeaders(List.of(HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER, "X-Correlation-Id",
                    "Idempotent-Replayed"));
            cors.setAllowCredentials(false);
            cors.setMaxAge(Duration.ofHours(1));
            source.registerCorsConfiguration("/api/**", cors);
        }
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new ProblemCorsProcessor());
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(BEFORE_SECURITY - 30);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RateLimits> rateLimitFilter(GatewayProperties properties, JWKSource<SecurityContext> keys,
            AuthorizationServerSettings server, RegisteredClientRepository clients) {
        ClientKeys clientKeys = new ClientKeys(localTokenDecoder(keys, server),
                clientId -> clients.findByClientId(clientId) != null);
        FilterRegistrationBean<RateLimits> registration =
                new FilterRegistrationBean<>(new RateLimits(properties.rateLimits(), clientKeys));
        registration.setOrder(BEFORE_SECURITY - 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodies> requestBodiesFilter(GatewayProperties properties) {
        FilterRegistrationBean<RequestBodies> registration =
                new FilterRegistrationBean<>(new RequestBodies(properties.maxBodySize().toBytes()));
        registration.setOrder(BEFORE_SECURITY - 10);
        return registration;
    }

    /** A refused CORS request is a 403 problem, like every other refusal. */
    private static final class ProblemCorsProcessor extends DefaultCorsProcessor {

        @Override
        protected void rejectRequest(ServerHttpResponse response) throws IOException {
            HttpServletResponse servlet = ((ServletServerHttpResponse) response).getServletResponse();
            Problems.write(servlet, Problems.of(HttpStatus.FORBIDDEN, "This origin may not call the API."));
        }
    }
}
