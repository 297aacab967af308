package io.opendoms.gateway.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gateway's authorization server ({@code opendoms.auth.*}).
 *
 * @param issuer      the {@code iss} of every token; services trust the keys published under it
 * @param audience    the {@code aud} of every access token: what the services expect (their
 *                    {@code spring.security.oauth2.resourceserver.jwt.audiences})
 * @param tokenTtl    lifetime of an access token, at most {@link #MAX_TOKEN_TTL}: a leaked token cannot be
 *                    revoked, only outlived
 * @param keyFile     a JWK (JSON) holding the RSA signing key: read when present, written when not, so
 *                    tokens stay valid across restarts; without it the key lives only in memory
 * @param demoClients the demo clients of the API contract, for the local stack only
 * @param clients     client id → secret, scopes and (for a sales channel) channel
 */
@ConfigurationProperties("opendoms.auth")
public record AuthProperties(
        @DefaultValue("http://localhost:8080") String issuer,
        @DefaultValue(DEFAULT_AUDIENCE) String audience,
        @DefaultValue("15m") Duration tokenTtl,
        @Nullable Path keyFile,
        @DefaultValue DemoClients demoClients,
        @Nullable Map<String, Client> clients) {

    public static final String DEFAULT_AUDIENCE = "opendoms-api";

    public static final Duration MAX_TOKEN_TTL = Duration.ofMinutes(15);

    public AuthProperties {
        if (tokenTtl.isNegative() || tokenTtl.isZero() || tokenTtl.compareTo(MAX_TOKEN_TTL) > 0) {
            throw new IllegalArgumentException("opendoms.auth.token-ttl must be more than 0 and at most "
                    + MAX_TOKEN_TTL.toMinutes() + " minutes, not " + tokenTtl);
        }
        if (audience.isBlank()) {
            throw new IllegalArgumentException("opendoms.auth.audience must not be blank");
        }
        clients = clients == null ? Map.of() : Map.copyOf(clients);
    }

    public record DemoClients(@DefaultValue("false") boolean enabled) {
    }

    /**
     * @param secret  plain, or already encoded with an id prefix such as {@code {bcrypt}...}
     * @param channel the sales channel the client acts for; none for an operator
     */
    public record Client(String secret, Set<String> scopes, @Nullable String channel) {
    }
}
