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
 * @param tokenTtl    lifetime of an access token
 * @param keyFile     a JWK (JSON) holding the RSA signing key: read when present, written when not, so
 *                    tokens stay valid across restarts; without it the key lives only in memory
 * @param demoClients the demo clients of the API contract, for the local stack only
 * @param clients     client id → secret, scopes and (for a sales channel) channel
 */
@ConfigurationProperties("opendoms.auth")
public record AuthProperties(
        @DefaultValue("http://localhost:8080") String issuer,
        @DefaultValue("1h") Duration tokenTtl,
        @Nullable Path keyFile,
        @DefaultValue DemoClients demoClients,
        @Nullable Map<String, Client> clients) {

    public AuthProperties {
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
