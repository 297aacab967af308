package io.opendoms.order.application;

import io.opendoms.order.domain.NewOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * SHA-256 of the canonical JSON of a validated order request. Hashing the parsed request rather than the
 * raw body makes a retry with other whitespace, field order, omitted line ids or {@code 10.5} for
 * {@code 10.50} the same request.
 */
final class RequestFingerprint {

    /** Its own mapper: a change to the application's JSON settings must not change stored fingerprints. */
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    static String of(NewOrder request) {
        return sha256(CANONICAL.writeValueAsBytes(request));
    }

    /** SHA-256 of a request already in a canonical text form. */
    static String of(String canonical) {
        return sha256(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private RequestFingerprint() {
    }
}
