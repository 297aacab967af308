package io.opendoms.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 400 problem+json to a request whose path is not canonical ({@link CanonicalPaths}), ahead of every
 * filter that decides by path (webhook signatures, security) and of the dispatcher.
 */
public class CanonicalPathFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CanonicalPathFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> violation = CanonicalPaths.violation(request.getRequestURI());
        if (violation.isPresent()) {
            log.info("Refused {} with a non-canonical path: {}", request.getMethod(), violation.get());
            Problems.write(response, Problems.of(HttpStatus.BAD_REQUEST, violation.get()));
            return;
        }
        chain.doFilter(request, response);
    }
}
