package io.opendoms.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.platform.support.Http;
import io.opendoms.platform.support.PlatformIT;
import io.opendoms.testkit.TestJwt;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every service checks signature, algorithm, issuer, audience and time of every token (fail closed). */
class TokenValidationIT extends PlatformIT {

    private static final String WIDGETS = "/api/v1/widgets?limit=5";

    static Stream<Named<Supplier<String>>> refusedTokens() {
        return Stream.of(
                Named.of("expired beyond the 60 s skew", () -> TestJwt.forOps()
                        .issuedAt(Instant.now().minus(Duration.ofMinutes(10)))
                        .expiresAt(Instant.now().minus(Duration.ofSeconds(90))).sign()),
                Named.of("not valid before a time beyond the skew", () -> TestJwt.forOps()
                        .notBefore(Instant.now().plus(Duration.ofSeconds(90))).sign()),
                Named.of("from another issuer", TestJwt::opsWithWrongIssuer),
                Named.of("without an issuer", TestJwt::opsWithoutIssuer),
                Named.of("for another audience", TestJwt::opsWithWrongAudience),
                Named.of("without an audience", TestJwt::opsWithoutAudience),
                Named.of("signed by an unknown key", TestJwt::opsSignedByStranger),
                Named.of("unsigned (alg none)", TestJwt::opsUnsigned),
                Named.of("HS256 with the public key as the secret", TestJwt::opsHs256WithPublicKey));
    }

    @ParameterizedTest(name = "a token {0} is 401")
    @MethodSource("refusedTokens")
    void refusesTheToken(Supplier<String> token) {
        Http.Response response = http().bearer(token.get()).get(WIDGETS);

        assertThat(response.status()).as(response.body()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).isEqualTo("The access token is invalid or expired.");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void acceptsAValidToken() {
        assertThat(http().bearer(TestJwt.ops()).get(WIDGETS).status()).isEqualTo(200);
    }

    @Test
    void acceptsATokenThatExpiredWithinTheSkew() {
        String token = TestJwt.forOps().issuedAt(Instant.now().minus(Duration.ofMinutes(10)))
                .expiresAt(Instant.now().minus(Duration.ofSeconds(30))).sign();

        assertThat(http().bearer(token).get(WIDGETS).status()).isEqualTo(200);
    }

    @Test
    void acceptsATokenValidFromWithinTheSkew() {
        String token = TestJwt.forOps().notBefore(Instant.now().plus(Duration.ofSeconds(30))).sign();

        assertThat(http().bearer(token).get(WIDGETS).status()).isEqualTo(200);
    }

    @Test
    void acceptsAnyOfSeveralAudiencesWhenOneIsOurs() {
        String token = TestJwt.forOps().audience("another-api", TestJwt.AUDIENCE).sign();

        assertThat(http().bearer(token).get(WIDGETS).status()).isEqualTo(200);
    }
}
