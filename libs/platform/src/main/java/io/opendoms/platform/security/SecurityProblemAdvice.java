package io.opendoms.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Method security ({@code @PreAuthorize}) fails inside the controller call, where the catch-all of the problem
 * advice would make it a 500: answer 403/401 here instead, ahead of it.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class SecurityProblemAdvice {

    private final ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint();
    private final ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler();

    @ExceptionHandler(AccessDeniedException.class)
    public void onAccessDenied(AccessDeniedException ex, HttpServletRequest request,
                               HttpServletResponse response) throws IOException {
        accessDenied.handle(request, response, ex);
    }

    @ExceptionHandler(AuthenticationException.class)
    public void onAuthentication(AuthenticationException ex, HttpServletRequest request,
                                 HttpServletResponse response) throws IOException {
        entryPoint.commence(request, response, ex);
    }
}
