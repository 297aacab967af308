package io.opendoms.platform.webhook;

import io.opendoms.platform.web.CachedBodyRequest;
import io.opendoms.platform.web.CanonicalPaths;
import io.opendoms.platform.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Verifies {@code OMS-Signature} on every request to a configured webhook endpoint before anything else reads
 * it: the partner is the one {@code OMS-Partner} names (else the carrier of the path, else the default WMS
 * partner), and one of its secrets must sign the body. Answers 401 problem+json for an unknown partner or a
 * missing, malformed, stale or wrong signature; otherwise sets the verified {@link WebhookPartner} as a request
 * attribute and passes a request whose body the handler can read again.
 *
 * <p>The endpoint is matched on the raw path, exactly, after {@link CanonicalPaths} (checked here again, so
 * that no ordering of filters can make the two disagree): a raw canonical path decodes to itself, so the
 * dispatcher cannot see a webhook path where this filter did not.
 */
public class WebhookSignatureFilter extends OncePerRequestFilter {

    public static final String PARTNER_HEADER = "OMS-Partner";

    private static final Logger log = LoggerFactory.getLogger(WebhookSignatureFilter.class);

    private final WebhookProperties properties;
    private final WebhookPartners partners;
    private final Clock clock;
    private final WebhookRejectionListener rejections;

    public WebhookSignatureFilter(WebhookProperties properties, Clock clock) {
        this(properties, clock, null);
    }

    /** {@code rejections}: told of each refused request after its 401 is written; {@code null}: nobody. */
    public WebhookSignatureFilter(WebhookProperties properties, Clock clock, WebhookRejectionListener rejections) {
        this.properties = properties;
        this.partners = new WebhookPartners(properties);
        this.clock = clock;
        this.rejections = rejections;
    }

    /** Where this service's webhooks live: anything here but an exact endpoint is no webhook (404). */
    static final String NAMESPACE = "/api/v1/webhooks";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return partners.isEmpty() || !CanonicalPaths.isCanonical(request.getRequestURI())
                || (partners.match(pathOf(request)).isEmpty()
                    && (!inNamespace(pathOf(request)) || partners.isApiPath(pathOf(request))));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<WebhookPartners.Match> matched = partners.match(pathOf(request));
        if (matched.isEmpty()) {
            // another spelling of a webhook path (case, trailing slash...) or none at all: never handled
            Problems.write(response, Problems.of(HttpStatus.NOT_FOUND, "No webhook at this path."));
            return;
        }
        WebhookPartners.Match match = matched.get();
        String partnerHeader = request.getHeader(PARTNER_HEADER);
        Optional<WebhookProperties.Partner> partner = partners.claimed(match, partnerHeader);
        if (partner.isEmpty()) {
            log.info("Rejected webhook {} {}: unknown partner", request.getMethod(), match.endpoint().path());
            unauthorized(response, partnerHeader == null
                    ? "The request names no known partner: send the " + PARTNER_HEADER + " header."
                    : "The " + PARTNER_HEADER + " header names no known partner of this webhook.");
            tell(request, match, null, WebhookRejectionListener.UNKNOWN_PARTNER);
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(properties.maxBodySize() + 1);
        }
        if (body.length > properties.maxBodySize()) {
            Problems.write(response, Problems.of(HttpStatus.CONTENT_TOO_LARGE, "The webhook body is too large."));
            return;
        }
        WebhookSignatures.Result result = verify(partner.get(), request.getHeader(SignatureHeader.NAME), body);
        if (!result.valid()) {
            log.info("Rejected webhook of partner {} {} {}: signature {}", partner.get().id(), request.getMethod(),
                    match.endpoint().path(), result);
            unauthorized(response, switch (result) {
                case MISSING -> "The " + SignatureHeader.NAME + " header is missing.";
                case MALFORMED -> "The " + SignatureHeader.NAME + " header is malformed.";
                case STALE -> "The signature timestamp is outside the accepted window.";
                default -> "The signature does not match the body.";
            });
            tell(request, match, partner.get().id(), result.name());
            return;
        }
        request.setAttribute(WebhookPartner.ATTRIBUTE, partners.identity(partner.get()));
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    /** Valid when any active secret of the partner signed it; every secret is tried (no early exit). */
    private WebhookSignatures.Result verify(WebhookProperties.Partner partner, String header, byte[] body) {
        WebhookSignatures.Result outcome = null;
        for (String secret : partner.secrets()) {
            WebhookSignatures.Result result = WebhookSignatures.check(secret, header, body, properties.tolerance(),
                    clock.instant());
            if (outcome == null || result.valid()) {
                outcome = result;
            }
        }
        return outcome;
    }

    /** After the 401 is written: a listener can neither change the answer nor make the request pass. */
    private void tell(HttpServletRequest request, WebhookPartners.Match match, String partnerId, String verdict) {
        if (rejections == null) {
            return;
        }
        try {
            rejections.rejected(new WebhookRejectionListener.Rejection(match.endpoint().path(), pathOf(request),
                    match.endpoint().partnerType(), partnerId, request.getHeader(PARTNER_HEADER), verdict), request);
        } catch (RuntimeException e) {
            log.warn("Recording a refused webhook failed: {}", e.toString());
        }
    }

    private static void unauthorized(HttpServletResponse response, String detail) throws IOException {
        response.setHeader("WWW-Authenticate", SignatureHeader.NAME);
        Problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, detail));
    }

    private static boolean inNamespace(String path) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        return lower.equals(NAMESPACE) || lower.startsWith(NAMESPACE + "/");
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
