package io.opendoms.gateway.auth;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * Clients fixed by configuration. Unlike Spring Security's in-memory repository it may be empty: a
 * gateway whose services trust an external issuer has no clients of its own. {@link #save} only sees
 * the secret re-encoded after a successful authentication (plain text upgraded to a hash).
 */
public final class ConfiguredClientRepository implements RegisteredClientRepository {

    private final Map<String, RegisteredClient> byClientId = new ConcurrentHashMap<>();

    public ConfiguredClientRepository(List<RegisteredClient> clients) {
        clients.forEach(this::save);
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        byClientId.put(registeredClient.getClientId(), registeredClient);
    }

    @Override
    public @Nullable RegisteredClient findById(String id) {
        return byClientId.values().stream().filter(client -> client.getId().equals(id)).findFirst().orElse(null);
    }

    @Override
    public @Nullable RegisteredClient findByClientId(String clientId) {
        return byClientId.get(clientId);
    }
}
