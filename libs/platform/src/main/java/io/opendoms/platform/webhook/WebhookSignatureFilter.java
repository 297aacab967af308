package io.opendoms.platform.webhook;

import io.opendoms.platform.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Verifies {@code OMS-Signature} on the paths of each configured webhook source before anything else reads the
 * request; answers 401 problem+json when the signature is missing, malformed, stale or wrong, and otherwise
 * passes a request whose body the controller can read again. The verified source's name is in the request
 * attribute {@link #SOURCE_ATTRIBUTE}.
 */
public class WebhookSignatureFilter extends OncePerRequestFilter {

    public static final String SOURCE_ATTRIBUTE = WebhookSignatureFilter.class.getName() + ".source";

    private static final Logger log = LoggerFactory.getLogger(WebhookSignatureFilter.class);

    private final WebhookProperties properties;
    private final Clock clock;
    private final AntPathMatcher matcher = new AntPathMatcher();

    public WebhookSignatureFilter(WebhookProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        properties.sources().forEach((name, source) -> {
            if (!source.paths().isEmpty() && (source.secret() == null || source.secret().isBlank())) {
                throw new IllegalStateException("opendoms.webhooks.sources." + name + ".secret is not set");
            }
        });
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return sourceOf(request) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map.Entry<String, WebhookProperties.Source> source = sourceOf(request);
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(properties.maxBodySize() + 1);
        }
        if (body.length > properties.maxBodySize()) {
            Problems.write(response, Problems.of(HttpStatus.CONTENT_TOO_LARGE, "The webhook body is too large."));
            return;
        }
        WebhookSignatures.Result result = WebhookSignatures.check(source.getValue().secret(),
                request.getHeader(SignatureHeader.NAME), body, properties.tolerance(), clock.instant());
        if (!result.valid()) {
            log.info("Rejected {} webhook {} {}: signature {}", source.getKey(), request.getMethod(),
                    request.getRequestURI(), result);
            response.setHeader("WWW-Authenticate", "OMS-Signature");
            Problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, switch (result) {
                case MISSING -> "The " + SignatureHeader.NAME + " header is missing.";
                case MALFORMED -> "The " + SignatureHeader.NAME + " header is malformed.";
                case STALE -> "The signature timestamp is outside the accepted window.";
                default -> "The signature does not match the body.";
            }));
            return;
        }
        request.setAttribute(SOURCE_ATTRIBUTE, source.getKey());
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private Map.Entry<String, WebhookProperties.Source> sourceOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (Map.Entry<String, WebhookProperties.Source> source : properties.sources().entrySet()) {
            for (String pattern : source.getValue().paths()) {
                if (matcher.match(pattern, path)) {
                    return source;
                }
            }
        }
        return null;
    }
}
