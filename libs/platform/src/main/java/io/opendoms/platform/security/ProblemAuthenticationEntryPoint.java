package io.opendoms.platform.security;

import io.opendoms.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** 401 as problem+json, for a missing token as for a bad or expired one. */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        boolean badToken = ex instanceof OAuth2AuthenticationException;
        response.setHeader("WWW-Authenticate", badToken
                ? "Bearer error=\"invalid_token\", error_description=\"The access token is invalid or expired\""
                : "Bearer");
        Problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, badToken
                ? "The access token is invalid or expired."
                : "A bearer access token is required."));
    }
}
