package io.opendoms.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

class HeaderBearerTokenResolverTest {

    private final DefaultBearerTokenResolver reference = new DefaultBearerTokenResolver();
    private final HeaderBearerTokenResolver resolver = new HeaderBearerTokenResolver();

    @Test
    void aWellFormedTokenIsEverythingAfterTheSpace() {
        assertThat(resolve("Bearer abc.DEF-ghi_~+/xyz==")).isEqualTo("abc.DEF-ghi_~+/xyz==");
        assertThat(resolve("bEaReR t")).isEqualTo("t");
    }

    @Test
    void noHeaderOrAnotherSchemeIsNoBearerToken() {
        assertThat(resolver.resolve(new MockHttpServletRequest())).isNull();
        assertThat(resolve("Basic dXNlcjpwYXNz")).isNull();
        assertThat(resolve("")).isNull();
        assertThat(resolve("bea")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer", "Bearer ", "Bearer  abc", "Bearerabc", "Bearer\tabc", "Bearer abc ", "Bearer abc\n",
            "Bearer =abc", "Bearer abc=d", "Bearer ab c", "Bearer abcé", "Bearer abc,def", "bearer\u00a0abc"})
    void aMalformedBearerHeaderIsRefused(String header) {
        assertThatThrownBy(() -> resolve(header)).isInstanceOf(OAuth2AuthenticationException.class)
                .hasMessageContaining("malformed");
        assertThatThrownBy(() -> reference.resolve(request(header))).isInstanceOf(OAuth2AuthenticationException.class);
    }

    /** Random headers built from the pieces that matter: both resolvers give the same token or the same refusal. */
    @Test
    void answersExactlyAsSpringSecuritysDefaultResolver() {
        List<String> prefixes = List.of("Bearer ", "bearer ", "BEARER ", "Bearer", "Bearer  ", "Bearerx", "Basic ",
                "", " Bearer ", "Bear ", "beare ", "bearer\t", "ḃearer ", "Bearer\u0000");
        String alphabet = "aZ09-._~+/==== \t\n\r,;:\"\\éK\u212a\u0000%";
        Random random = new Random(20261202);
        int tokens = 0;
        int refused = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder header = new StringBuilder(prefixes.get(random.nextInt(prefixes.size())));
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                header.append(random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) ('a' + random.nextInt(26)));
            }
            String value = header.toString();
            Outcome expected = outcome(() -> reference.resolve(request(value)));
            Outcome actual = outcome(() -> resolve(value));
            assertThat(actual).as("header [%s]", value).isEqualTo(expected);
            tokens += expected.token() != null ? 1 : 0;
            refused += expected.refused() ? 1 : 0;
        }
        // the generator reaches both answers often, not just "no token"
        assertThat(tokens).isGreaterThan(2_000);
        assertThat(refused).isGreaterThan(2_000);
    }

    private record Outcome(String token, boolean refused, String error) {
    }

    private static Outcome outcome(java.util.function.Supplier<String> resolve) {
        try {
            return new Outcome(resolve.get(), false, null);
        } catch (OAuth2AuthenticationException e) {
            return new Outcome(null, true, e.getError().getErrorCode() + " " + e.getError().getDescription());
        }
    }

    private String resolve(String header) {
        return resolver.resolve(request(header));
    }

    private static MockHttpServletRequest request(String header) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/reservations");
        request.addHeader("Authorization", header);
        return request;
    }
}
