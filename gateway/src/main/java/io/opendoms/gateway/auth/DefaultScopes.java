package io.opendoms.gateway.auth;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ClientCredentialsAuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * A client-credentials request without {@code scope} gets every scope the client is registered with
 * (RFC 6749 §3.3 lets the server pick a default). Spring Security would grant none, which makes the
 * API contract's "optional scope" useless: such a token is refused by every endpoint.
 */
public final class DefaultScopes implements AuthenticationConverter {

    private final AuthenticationConverter delegate = new OAuth2ClientCredentialsAuthenticationConverter();

    @Override
    public @Nullable Authentication convert(HttpServletRequest request) {
        Authentication converted = delegate.convert(request);
        if (converted instanceof OAuth2ClientCredentialsAuthenticationToken grant
                && grant.getScopes().isEmpty()
                && grant.getPrincipal() instanceof OAuth2ClientAuthenticationToken client
                && client.getRegisteredClient() != null) {
            return new OAuth2ClientCredentialsAuthenticationToken(
                    client, client.getRegisteredClient().getScopes(), grant.getAdditionalParameters());
        }
        return converted;
    }
}
