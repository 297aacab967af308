package io.opendoms.platform.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code OMS-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>." + body)>}, the signature of every
 * inbound webhook (and of outbound notifications).
 */
public final class WebhookSignatures {

    public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(300);

    /** Why a signature was accepted or not. */
    public enum Result {
        VALID, MISSING, MALFORMED, STALE, MISMATCH;

        public boolean valid() {
            return this == VALID;
        }
    }

    /** The header value for {@code body} signed at {@code unixSeconds}. */
    public static String sign(String secret, long unixSeconds, byte[] body) {
        return "t=" + unixSeconds + ",v1=" + HexFormat.of().formatHex(hmac(secret, unixSeconds, body));
    }

    /** Whether {@code header} is a valid signature of {@code body} within the default tolerance of now. */
    public static boolean verify(String secret, String header, byte[] body) {
        return check(secret, header, body, DEFAULT_TOLERANCE, Instant.now()).valid();
    }

    public static boolean verify(String secret, String header, byte[] body, Duration tolerance, Instant now) {
        return check(secret, header, body, tolerance, now).valid();
    }

    /** Like {@link #verify} with the reason; the comparison is constant-time. */
    public static Result check(String secret, String header, byte[] body, Duration tolerance, Instant now) {
        if (header == null || header.isBlank()) {
            return Result.MISSING;
        }
        Optional<SignatureHeader> parsed = SignatureHeader.parse(header);
        if (parsed.isEmpty()) {
            return Result.MALFORMED;
        }
        SignatureHeader signature = parsed.get();
        if (Math.abs(now.getEpochSecond() - signature.timestamp()) > tolerance.toSeconds()) {
            return Result.STALE;
        }
        byte[] expected = hmac(secret, signature.timestamp(), body);
        boolean match = false;
        for (String candidate : signature.signatures()) {
            // evaluate every candidate: no early exit that would time which one matched
            match |= MessageDigest.isEqual(expected, HexFormat.of().parseHex(candidate));
        }
        return match ? Result.VALID : Result.MISMATCH;
    }

    private static byte[] hmac(String secret, long unixSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((unixSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private WebhookSignatures() {
    }
}
