package io.opendoms.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opendoms.testkit.SteppingClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class CachingJwtDecoderTest {

    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-12-02T12:00:00Z"));
    private final Counting delegate = new Counting(token -> jwt(token, clock.instant().plus(Duration.ofMinutes(10))));

    @Test
    void verifiesATokenOnceWhileItIsValid() {
        CachingJwtDecoder decoder = new CachingJwtDecoder(delegate, clock, Duration.ofMinutes(5), 100);

        Jwt first = decoder.decode("a.b.c");
        clock.advance(Duration.ofSeconds(60));

        assertThat(decoder.decode("a.b.c")).isSameAs(first);
        assertThat(delegate.calls).containsExactly("a.b.c");
    }

    @Test
    void aTokenThatDiffersInAnyCharacterIsVerifiedAgain() {
        CachingJwtDecoder decoder = new CachingJwtDecoder(delegate, clock, Duration.ofMinutes(5), 100);

        decoder.decode("a.b.c");
        decoder.decode("a.b.d");

        assertThat(delegate.calls).containsExactly("a.b.c", "a.b.d");
    }

    @Test
    void neverKeepsARefusedToken() {
        Counting refusing = new Counting(token -> {
            throw new BadJwtException("bad signature");
        });
        CachingJwtDecoder decoder = new CachingJwtDecoder(refusing, clock, Duration.ofMinutes(5), 100);

        assertThatThrownBy(() -> decoder.decode("a.b.c")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("a.b.c")).isInstanceOf(BadJwtException.class);
        assertThat(refusing.calls).hasSize(2);
        assertThat(decoder.size()).isZero();
    }

    @Test
    void atItsExpiryATokenGoesBackToTheDelegate() {
        Instant expiry = clock.instant().plusSeconds(30);
        List<Boolean> accept = new ArrayList<>(List.of(true, false));
        Counting expiring = new Counting(token -> {
            if (!accept.removeFirst()) {
                throw new BadJwtException("expired");
            }
            return jwt(token, expiry);
        });
        CachingJwtDecoder decoder = new CachingJwtDecoder(expiring, clock, Duration.ofMinutes(5), 100);
        decoder.decode("a.b.c");

        clock.advance(Duration.ofSeconds(30)); // to the expiry

        assertThatThrownBy(() -> decoder.decode("a.b.c")).isInstanceOf(BadJwtException.class);
        assertThat(decoder.size()).isZero();
    }

    @Test
    void keepsATokenNoLongerThanTheMaxAge() {
        CachingJwtDecoder decoder = new CachingJwtDecoder(delegate, clock, Duration.ofMinutes(1), 100);
        decoder.decode("a.b.c");

        clock.advance(Duration.ofSeconds(60));
        decoder.decode("a.b.c");

        assertThat(delegate.calls).containsExactly("a.b.c", "a.b.c");
    }

    @Test
    void keepsNoMoreThanItsBound() {
        CachingJwtDecoder decoder = new CachingJwtDecoder(delegate, clock, Duration.ofMinutes(5), 2);

        decoder.decode("t1");
        decoder.decode("t2");
        decoder.decode("t3");
        decoder.decode("t3");

        assertThat(decoder.size()).isEqualTo(2);
        assertThat(delegate.calls).containsExactly("t1", "t2", "t3", "t3");
    }

    @Test
    void whenFullExpiredTokensMakeRoom() {
        CachingJwtDecoder decoder = new CachingJwtDecoder(delegate, clock, Duration.ofSeconds(10), 2);
        decoder.decode("t1");
        decoder.decode("t2");

        clock.advance(Duration.ofSeconds(11));
        decoder.decode("t3");
        decoder.decode("t3");

        assertThat(delegate.calls).containsExactly("t1", "t2", "t3");
    }

    @Test
    void zeroEntriesKeepsNothing() {
        CachingJwtDecoder decoder = new CachingJwtDecoder(delegate, clock, Duration.ofMinutes(5), 0);

        decoder.decode("a.b.c");
        decoder.decode("a.b.c");

        assertThat(delegate.calls).hasSize(2);
    }

    private static Jwt jwt(String token, Instant expiresAt) {
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("client")
                .issuedAt(expiresAt.minusSeconds(3600)).expiresAt(expiresAt).build();
    }

    private static final class Counting implements JwtDecoder {

        final List<String> calls = new ArrayList<>();
        private final Function<String, Jwt> decode;

        Counting(Function<String, Jwt> decode) {
            this.decode = decode;
        }

        @Override
        public Jwt decode(String token) {
            calls.add(token);
            return decode.apply(token);
        }
    }
}
