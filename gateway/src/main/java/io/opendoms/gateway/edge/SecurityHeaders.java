package io.opendoms.gateway.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser-facing headers of every gateway response, the proxied ones included, set before anything else runs so
 * that early refusals (429, 413) carry them too. The services' own copies are dropped on the way back
 * ({@link #NAMES}) so each header appears once. The policy lets Swagger UI run (its scripts and styles are files of
 * the gateway; it sets inline styles) and nothing else.
 */
public final class SecurityHeaders extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The headers the gateway owns on every response. */
    public static final Set<String> NAMES = Set.of("X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy",
            "Content-Security-Policy", "Strict-Transport-Security", HttpHeaders.CACHE_CONTROL, HttpHeaders.PRAGMA,
            HttpHeaders.EXPIRES);

    /** Responses that hold data or tokens: never stored by a browser or a shared cache. */
    private static final RequestMatcher NOT_STORED = new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern("/api/**"),
            PathPatternRequestMatcher.pathPattern("/oauth2/**"),
            PathPatternRequestMatcher.pathPattern("/actuator/**"),
            PathPatternRequestMatcher.pathPattern("/v3/api-docs/**"));

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (NOT_STORED.matches(request)) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        chain.doFilter(request, response);
    }
}
