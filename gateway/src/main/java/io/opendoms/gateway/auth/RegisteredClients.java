package io.opendoms.gateway.auth;

import io.opendoms.gateway.config.AuthProperties;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.util.StringUtils;

/** The clients allowed to ask for tokens: the demo clients when enabled, then the configured ones. */
public final class RegisteredClients {

    /** Client setting holding the channel that goes into the token's {@code channel} claim. */
    public static final String CHANNEL_SETTING = "opendoms.channel";

    static final Set<String> CHANNEL_SCOPES = Set.of(
            "orders:read", "orders:write", "inventory:read", "returns:read", "returns:write");

    static final Set<String> ALL_SCOPES = Set.of(
            "orders:read", "orders:write", "inventory:read", "inventory:write", "returns:read", "returns:write",
            "routing:read", "routing:write", "fulfillment:read", "fulfillment:write", "ops");

    /** The demo clients of the API contract; never enabled outside the local stack. */
    static final Map<String, AuthProperties.Client> DEMO = Map.of(
            "storefront", new AuthProperties.Client("storefront-secret", CHANNEL_SCOPES, "storefront"),
            "marketplace", new AuthProperties.Client("marketplace-secret", CHANNEL_SCOPES, "marketplace"),
            "ops", new AuthProperties.Client("ops-secret", ALL_SCOPES, null));

    public static List<RegisteredClient> from(AuthProperties properties) {
        Map<String, AuthProperties.Client> clients = new LinkedHashMap<>();
        if (properties.demoClients().enabled()) {
            clients.putAll(DEMO);
        }
        clients.putAll(properties.clients());
        return clients.entrySet().stream()
                .map(client -> register(client.getKey(), client.getValue(), properties.tokenTtl()))
                .toList();
    }

    static RegisteredClient register(String clientId, AuthProperties.Client client, Duration tokenTtl) {
        String property = "opendoms.auth.clients." + clientId;
        if (!StringUtils.hasText(client.secret())) {
            throw new IllegalStateException(property + ".secret is missing");
        }
        if (client.scopes() == null || client.scopes().isEmpty()) {
            throw new IllegalStateException(property + ".scopes is missing");
        }
        ClientSettings.Builder settings = ClientSettings.builder();
        if (StringUtils.hasText(client.channel())) {
            settings.setting(CHANNEL_SETTING, client.channel());
        }
        return RegisteredClient.withId(clientId)
                .clientId(clientId)
                .clientSecret(encoded(client.secret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(client.scopes()))
                .clientSettings(settings.build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(tokenTtl).build())
                .build();
    }

    /** Secrets are compared by the delegating password encoder, which needs the {@code {id}} prefix. */
    private static String encoded(String secret) {
        return secret.startsWith("{") ? secret : "{noop}" + secret;
    }

    private RegisteredClients() {
    }
}
