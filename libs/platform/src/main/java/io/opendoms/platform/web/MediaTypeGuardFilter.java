package io.opendoms.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before any handler runs, an API request whose {@code Content-Type} is not a media type
 * (415) or whose {@code Accept} admits no JSON (406). Spring would find both out only after the
 * handler (when it writes the answer) or in the middle of routing (a wildcard Content-Type makes
 * the gateway's router throw): a change applied and then answered 406, or a 500. The API speaks
 * JSON only, and a problem is always {@code application/problem+json}, whatever was accepted.
 */
public class MediaTypeGuardFilter extends OncePerRequestFilter {

    static final String API_PREFIX = "/api/";
    private static final List<MediaType> ANSWERS = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith(API_PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getHeader("Content-Type");
        if (contentType != null && !isConcreteMediaType(contentType)) {
            Problems.write(response, Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "The Content-Type header is not a media type this API reads; send application/json."));
            return;
        }
        if (!acceptsJson(request)) {
            Problems.write(response, Problems.of(HttpStatus.NOT_ACCEPTABLE,
                    "This API answers application/json (application/problem+json for errors); the Accept header "
                            + "admits neither."));
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isConcreteMediaType(String value) {
        if (value.isBlank()) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(value);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    static boolean acceptsJson(HttpServletRequest request) {
        java.util.Enumeration<String> headers = request.getHeaders("Accept");
        if (headers == null || !headers.hasMoreElements()) {
            return true;
        }
        boolean any = false;
        while (headers.hasMoreElements()) {
            String value = headers.nextElement();
            if (value == null || value.isBlank()) {
                continue;
            }
            any = true;
            List<MediaType> accepted;
            try {
                accepted = MediaType.parseMediaTypes(value);
            } catch (InvalidMediaTypeException e) {
                return false;
            }
            for (MediaType type : accepted) {
                if (type.getQualityValue() > 0 && ANSWERS.stream().anyMatch(type::isCompatibleWith)) {
                    return true;
                }
            }
        }
        return !any;
    }
}
