package io.opendoms.platform.security;

import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import java.util.Set;

/**
 * The API client behind the current request.
 *
 * @param clientId the OAuth2 client id
 * @param channel  the sales channel a channel client acts for; {@code null} for ops clients
 * @param scopes   granted scopes (without the {@code SCOPE_} prefix)
 */
public record ClientIdentity(String clientId, String channel, Set<String> scopes) {

    public static final String OPS_SCOPE = "ops";

    public ClientIdentity {
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }

    public boolean isOps() {
        return scopes.contains(OPS_SCOPE);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    /**
     * The one channel this client may see, or {@code null} for ops (who see every channel).
     *
     * @throws AccessDeniedException for a client that is neither ops nor a channel's
     */
    public String visibleChannel() {
        if (isOps()) {
            return null;
        }
        if (channel == null) {
            throw new AccessDeniedException("The token names no channel.");
        }
        return channel;
    }

    /** Ops see every channel; a channel client only its own. */
    public boolean canSeeChannel(String channel) {
        return isOps() || (this.channel != null && Objects.equals(this.channel, channel));
    }
}
