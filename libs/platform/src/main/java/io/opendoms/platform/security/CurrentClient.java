package io.opendoms.platform.security;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The {@link ClientIdentity} of the authenticated request on this thread. */
public final class CurrentClient {

    public static final String CLIENT_ID_CLAIM = "client_id";
    public static final String CHANNEL_CLAIM = "channel";
    public static final String SCOPE_CLAIM = "scope";

    /** The caller; throws {@link AuthenticationCredentialsNotFoundException} (401) when there is none. */
    public static ClientIdentity get() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No authenticated client"));
    }

    public static Optional<ClientIdentity> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        if (auth instanceof JwtAuthenticationToken token) {
            return Optional.of(of(token.getToken(), auth));
        }
        return auth.getPrincipal() instanceof Jwt jwt ? Optional.of(of(jwt, auth)) : Optional.empty();
    }

    static ClientIdentity of(Jwt jwt, Authentication auth) {
        String clientId = jwt.getClaimAsString(CLIENT_ID_CLAIM);
        if (clientId == null) {
            clientId = jwt.getSubject();
        }
        Set<String> scopes = new LinkedHashSet<>();
        for (GrantedAuthority authority : auth.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith("SCOPE_")) {
                scopes.add(name.substring("SCOPE_".length()));
            }
        }
        if (scopes.isEmpty()) {
            String scope = jwt.getClaimAsString(SCOPE_CLAIM);
            if (scope != null) {
                scopes.addAll(Arrays.asList(scope.trim().split("\\s+")));
            }
        }
        return new ClientIdentity(clientId, jwt.getClaimAsString(CHANNEL_CLAIM), scopes);
    }

    private CurrentClient() {
    }
}
