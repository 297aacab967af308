package io.opendoms.platform.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A parsed {@code OMS-Signature} header: {@code t=<unix seconds>,v1=<hex>[,v1=<hex>...]}. Whitespace around
 * elements is ignored, as are unknown keys (room for future schemes); several {@code v1} are allowed (secret
 * rotation). Exactly one {@code t} and at least one well-formed {@code v1} are required.
 */
public record SignatureHeader(long timestamp, List<String> signatures) {

    public static final String NAME = "OMS-Signature";
    private static final int MAX_LENGTH = 2048;

    public SignatureHeader {
        signatures = List.copyOf(signatures);
    }

    public static Optional<SignatureHeader> parse(String header) {
        if (header == null || header.isBlank() || header.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Long timestamp = null;
        List<String> signatures = new ArrayList<>();
        for (String element : header.split(",")) {
            String part = element.trim();
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                return Optional.empty();
            }
            String key = part.substring(0, eq).trim();
            String value = part.substring(eq + 1).trim();
            switch (key) {
                case "t" -> {
                    if (timestamp != null || !value.matches("\\d{1,12}")) {
                        return Optional.empty();
                    }
                    timestamp = Long.parseLong(value);
                }
                case "v1" -> {
                    if (value.matches("[0-9a-fA-F]{64}")) {
                        signatures.add(value.toLowerCase(Locale.ROOT));
                    }
                }
                default -> {
                    // another scheme: not ours to judge
                }
            }
        }
        if (timestamp == null || signatures.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SignatureHeader(timestamp, signatures));
    }
}
