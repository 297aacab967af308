package io.opendoms.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens the delegate decoded and validated, so that a client's every request does not pay for parsing
 * and verifying the same signature again (RSA verification is a tenth of a hot request's CPU).
 *
 * <p>Fails closed: only a token the delegate accepted is kept, keyed by its full string (a token that differs in
 * any character is decoded and checked anew); a kept token is answered only before its {@code exp} — stricter than
 * the delegate, which accepts a clock skew beyond it — and for at most {@code maxAge} after it was checked (a key
 * withdrawn from the issuer's key set takes at most that long to take effect); the cache holds at most
 * {@code maxEntries} tokens, and when full it drops expired ones or keeps nothing new. A token without
 * {@code exp} is never kept (the delegate refuses those anyway).
 */
public final class CachingJwtDecoder implements JwtDecoder {

    private final JwtDecoder delegate;
    private final Clock clock;
    private final Duration maxAge;
    private final int maxEntries;
    private final ConcurrentHashMap<String, Kept> kept = new ConcurrentHashMap<>();

    public CachingJwtDecoder(JwtDecoder delegate, Clock clock, Duration maxAge, int maxEntries) {
        if (maxAge.isNegative() || maxEntries < 0) {
            throw new IllegalArgumentException("token cache: max age and max entries must not be negative");
        }
        this.delegate = delegate;
        this.clock = clock;
        this.maxAge = maxAge;
        this.maxEntries = maxEntries;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Kept hit = token == null ? null : kept.get(token);
        if (hit != null) {
            if (now.isBefore(hit.until)) {
                return hit.jwt;
            }
            kept.remove(token, hit);
        }
        Jwt jwt = delegate.decode(token);
        keep(token, jwt, now);
        return jwt;
    }

    int size() {
        return kept.size();
    }

    private void keep(String token, Jwt jwt, Instant checkedAt) {
        if (maxEntries == 0 || jwt.getExpiresAt() == null) {
            return;
        }
        Instant until = checkedAt.plus(maxAge);
        if (jwt.getExpiresAt().isBefore(until)) {
            until = jwt.getExpiresAt();
        }
        if (!checkedAt.isBefore(until)) {
            return;
        }
        if (kept.size() >= maxEntries) {
            for (Iterator<Map.Entry<String, Kept>> it = kept.entrySet().iterator(); it.hasNext(); ) {
                if (!checkedAt.isBefore(it.next().getValue().until)) {
                    it.remove();
                }
            }
            if (kept.size() >= maxEntries) {
                return;
            }
        }
        kept.put(token, new Kept(jwt, until));
    }

    private record Kept(Jwt jwt, Instant until) {
    }
}
