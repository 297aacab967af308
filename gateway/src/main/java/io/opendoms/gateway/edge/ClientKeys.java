package io.opendoms.gateway.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who a request counts against, for rate limiting. A client is trusted only as far as the gateway can check it: a
 * bearer token signed by the gateway's own key names its {@code client_id}; the token endpoint's Basic credentials
 * name a client that exists; a webhook names its partner (unverified: its signature is checked by the service), so
 * webhooks also count against their address. Anything else is its remote address. Paths are matched on the same
 * parsed path the router uses.
 */
final class ClientKeys {

    /** A bucket's key, and the name its limit is configured under (none: the default limit). */
    record Key(String bucket, String limitName) {
    }

    private static final RequestMatcher TOKEN_ENDPOINT =
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/oauth2/token");
    private static final RequestMatcher WEBHOOKS = PathPatternRequestMatcher.pathPattern("/api/v1/webhooks/**");
    /** Below the webhooks' paths but an API with a bearer token (fulfillment's webhook inbox, for ops). */
    private static final RequestMatcher WEBHOOK_INBOX = new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern("/api/v1/webhooks/inbox"),
            PathPatternRequestMatcher.pathPattern("/api/v1/webhooks/inbox/**"));
    private static final RequestMatcher CARRIER_WEBHOOK =
            PathPatternRequestMatcher.pathPattern("/api/v1/webhooks/carriers/{carrier}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final JwtDecoder localTokens;
    private final Predicate<String> knownClient;
    /** Verifying a signature costs far more than a request should: each token is checked once a minute. */
    private final Cache<String, Optional<String>> verified = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(1)).build();

    ClientKeys(JwtDecoder localTokens, Predicate<String> knownClient) {
        this.localTokens = localTokens;
        this.knownClient = knownClient;
    }

    static Key address(HttpServletRequest request) {
        return new Key("address:" + request.getRemoteAddr(), "");
    }

    /** The webhook partner a request names, if it is a webhook and names one. */
    static Optional<String> webhookPartner(HttpServletRequest request) {
        if (!isWebhook(request)) {
            return Optional.empty();
        }
        String partner = request.getHeader("OMS-Partner");
        if (partner == null) {
            partner = CARRIER_WEBHOOK.matcher(request).getVariables().get("carrier");
        }
        return partner != null && ID.matcher(partner).matches() ? Optional.of(partner) : Optional.empty();
    }

    static boolean isWebhook(HttpServletRequest request) {
        return WEBHOOKS.matches(request) && !WEBHOOK_INBOX.matches(request);
    }

    Key of(HttpServletRequest request) {
        if (isWebhook(request)) {
            return webhookPartner(request).map(partner -> new Key("partner:" + partner, partner))
                    .orElseGet(() -> address(request));
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = authorization.substring(7).trim();
            return verified.get(token, this::clientIdOf)
                    .map(client -> new Key("client:" + client, client))
                    .orElseGet(() -> address(request));
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                && TOKEN_ENDPOINT.matches(request)) {
            return basicClientId(authorization.substring(6).trim()).filter(knownClient)
                    .map(client -> new Key("client:" + client, client))
                    .orElseGet(() -> address(request));
        }
        return address(request);
    }

    private Optional<String> clientIdOf(String token) {
        try {
            return Optional.ofNullable(localTokens.decode(token).getClaimAsString("client_id"));
        } catch (JwtException e) {
            return Optional.empty();  // not ours, expired or forged: the address counts
        }
    }

    /** RFC 6749 §2.3.1: the client id is form-encoded, then Base64 with the secret. */
    private static Optional<String> basicClientId(String credentials) {
        try {
            String decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? Optional.empty()
                    : Optional.of(URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
