package io.opendoms.platform.correlation;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/** Adopts a sane {@code X-Correlation-Id} or makes one, echoes it and keeps it in the MDC for the request. */
public class CorrelationIdFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = response.getHeader(Correlation.HEADER);  // set already when this is the error dispatch
        if (id == null) {
            String offered = request.getHeader(Correlation.HEADER);
            id = Correlation.isValid(offered) ? offered : Correlation.newId();
        }
        response.setHeader(Correlation.HEADER, id);
        String previous = Correlation.current();
        MDC.put(Correlation.MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (previous == null) {
                MDC.remove(Correlation.MDC_KEY);
            } else {
                MDC.put(Correlation.MDC_KEY, previous);
            }
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        // the error dispatch still logs; keep the id of the failed request
        return false;
    }
}
